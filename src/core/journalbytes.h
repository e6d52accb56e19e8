#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtEndian>

#include <optional>

namespace ccedit {

// The little-endian integers and length-prefixed strings of a recovery journal.
class JournalBytesWriter
{
public:
    explicit JournalBytesWriter(QByteArray &out)
        : m_out(out)
    {
    }
    void writeU8(quint8 value) { m_out.append(char(value)); }
    void writeU32(quint32 value)
    {
        const quint32 little = qToLittleEndian(value);
        m_out.append(reinterpret_cast<const char *>(&little), sizeof little);
    }
    void writeI32(qint32 value) { writeU32(static_cast<quint32>(value)); }
    void writeI64(qint64 value)
    {
        writeU32(static_cast<quint32>(quint64(value)));
        writeU32(static_cast<quint32>(quint64(value) >> 32));
    }
    void writeBytes(QByteArrayView bytes)
    {
        writeU32(static_cast<quint32>(bytes.size()));
        m_out.append(bytes);
    }
    void writeString(const QString &text) { writeBytes(text.toUtf8()); }
    // Bytes without their length: the reader knows how many to read.
    void writeRaw(QByteArrayView bytes) { m_out.append(bytes); }

private:
    QByteArray &m_out;
};

// Reads what JournalBytesWriter wrote; every read past the end fails (a value then) and
// leaves the reader failed, so that a caller checks once at the end.
class JournalBytesReader
{
public:
    explicit JournalBytesReader(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }
    bool failed() const { return m_failed; }
    bool atEnd() const { return m_position == m_bytes.size(); }
    quint8 readU8() { return take(1) ? quint8(m_bytes[m_position - 1]) : 0; }
    quint32 readU32()
    {
        return take(4) ? qFromLittleEndian<quint32>(m_bytes.data() + m_position - 4) : 0;
    }
    qint32 readI32() { return static_cast<qint32>(readU32()); }
    qint64 readI64()
    {
        const quint64 low = readU32();
        const quint64 high = readU32();
        return static_cast<qint64>(low | (high << 32));
    }
    // A count of items of at least `itemBytes` each, failing when the rest cannot hold them
    // (so a damaged count never reserves gigabytes).
    qsizetype readCount(qsizetype itemBytes)
    {
        const quint32 count = readU32();
        if (qsizetype(count) * itemBytes > m_bytes.size() - m_position)
            m_failed = true;
        return m_failed ? 0 : qsizetype(count);
    }
    QByteArrayView readBytes()
    {
        const qsizetype size = readCount(1);
        return take(size) ? m_bytes.sliced(m_position - size, size) : QByteArrayView();
    }
    QString readString() { return QString::fromUtf8(readBytes()); }
    QByteArrayView readRaw(qsizetype size) { return take(size) ? m_bytes.sliced(m_position - size, size) : QByteArrayView(); }
    // What was read is not what the writer could have written.
    void fail() { m_failed = true; }

private:
    bool take(qsizetype size)
    {
        if (m_failed || size > m_bytes.size() - m_position) {
            m_failed = true;
            return false;
        }
        m_position += size;
        return true;
    }

    QByteArrayView m_bytes;
    qsizetype m_position = 0;
    bool m_failed = false;
};

} // namespace ccedit
