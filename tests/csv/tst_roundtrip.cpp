// Random tables written by CsvWriter and read back by CsvReader give identical values.
#include "csvreader.h"
#include "csvwriter.h"
#include "document.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace ccedit;
using namespace Qt::StringLiterals;

namespace {

// Pieces values are made of: everything that needs quoting or could be mistaken for
// structure, plus non-ASCII text.
const QByteArrayView pieces[] = {
    "a", "Z", "42", " ", ",", "\"", "\"\"", "\r\n", "\n", "\r", "#", ";", "\t", "|",
    "\xc3\xa9" /* é */, "\xc3\x9f" /* ß */, "\xe6\x9d\xb1\xe4\xba\xac" /* 東京 */,
    "\xf0\x9f\x98\x80" /* 😀 */, "B|Commercial", "=SUM(A1)",
};

QByteArray randomValue(QRandomGenerator &random)
{
    QByteArray value;
    const int length = random.bounded(5); // a fifth of the values are empty
    for (int i = 0; i < length; ++i)
        value += pieces[random.bounded(static_cast<int>(std::size(pieces)))];
    return value;
}

struct Table {
    QStringList header;
    QList<QList<QByteArray>> rows;
    bool crlf = false;
};

Table randomTable(QRandomGenerator &random)
{
    Table table;
    const int columns = 1 + random.bounded(6);
    for (int column = 0; column < columns; ++column)
        table.header << u"column%1"_s.arg(column + 1);
    const int rows = 1 + random.bounded(12);
    for (int row = 0; row < rows; ++row) {
        QList<QByteArray> values;
        for (int column = 0; column < columns; ++column)
            values << randomValue(random);
        table.rows << values;
    }
    table.crlf = random.bounded(2) == 1;
    return table;
}

RecordSet recordsOf(const Table &table)
{
    RecordSet records;
    records.source.path = u"random.csv"_s;
    records.source.lineEnding = table.crlf ? LineEnding::CRLF : LineEnding::LF;
    records.header = table.header;
    records.headerLine = 1;
    records.cells.setColumnCount(static_cast<int>(table.header.size()));
    int line = 2;
    for (const QList<QByteArray> &values : table.rows) {
        for (const QByteArray &value : values)
            records.cells.appendCell(value);
        records.cells.finishRow(line++);
    }
    return records;
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenTablesReadBackIdentically_data();
    void writtenTablesReadBackIdentically();
};

void TestRoundTrip::writtenTablesReadBackIdentically_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 400; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestRoundTrip::writtenTablesReadBackIdentically()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const Table table = randomTable(random);

    const Document document(recordsOf(table));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter::write(document, buffer);

    const ReadResult result = CsvReader::parse(buffer.data(), u"random.csv"_s);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->header, table.header);
    QCOMPARE(result->cells.rowCount(), table.rows.size());
    QVERIFY(result->comments.isEmpty());
    for (int row = 0; row < result->cells.rowCount(); ++row) {
        QVERIFY2(!result->cells.origin(row).ragged, qPrintable(QString::fromUtf8(buffer.data())));
        for (int column = 0; column < result->cells.columnCount(); ++column)
            QCOMPARE(result->cells.value(row, column), QByteArrayView(table.rows[row][column]));
    }
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
