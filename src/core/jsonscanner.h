#pragma once

#include "jsonrecords.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ccedit {

// The grammar of JSON (RFC 8259) over UTF-8 bytes, one token at a time, for a reader that
// builds what it needs as it goes instead of a DOM. Each scan checks the token at the
// position and moves past it, or fails: it then keeps the place and a message that says what
// was found and what was expected there (error()). The bytes must outlive the scanner.
class JsonScanner
{
public:
    // Arrays and objects nested deeper than this, counted from the outermost, are refused, as
    // QJsonDocument refuses them: no export nests so deep, and a file that does is damaged or
    // made to harm rather than data.
    static constexpr int MaxDepth = 1024;

    explicit JsonScanner(QByteArrayView json);

    // Steps over a UTF-8 byte-order mark at the start.
    void skipByteOrderMark();
    void skipWhitespace()
    {
        while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
            ++m_pos;
    }
    bool at(char c) const { return m_pos < m_end && *m_pos == c; }
    bool atEnd() const { return m_pos == m_end; }
    bool atNumber() const { return at('-') || (m_pos < m_end && *m_pos >= '0' && *m_pos <= '9'); }
    const char *position() const { return m_pos; }
    void advance() { ++m_pos; }

    // The string at the position (on its opening quote): `raw` becomes its contents as
    // written, `escaped` whether they hold escapes (see unescape()).
    bool scanString(QByteArrayView &raw, bool &escaped);
    bool scanNumber();
    // true, false or null; nothing else is taken.
    bool scanLiteral(QByteArrayView &literal);
    // Copies the object or array at the position to `out` without the blanks between tokens:
    // strings, numbers and literals as written. `depth` arrays and objects are open around it;
    // `where` names the value in messages ("member "a" in record 2").
    bool copyNested(QByteArray &out, int depth, const QString &where);

    // The elements of the array or the members of the object whose '[' or '{' was just passed,
    // up to and past `closer` (']' or '}'): `element(n)` scans the n-th (from 1) with the blanks
    // around it skipped. Between two a ',' is needed; else fails with expected(after(n)).
    template <typename Element, typename After>
    bool scanElements(char closer, Element element, After after)
    {
        skipWhitespace();
        if (at(closer)) {
            advance();
            return true;
        }
        for (int n = 1;; ++n) {
            skipWhitespace();
            if (!element(n))
                return false;
            skipWhitespace();
            if (at(closer)) {
                advance();
                return true;
            }
            if (!at(','))
                return expected(after(n));
            advance();
        }
    }

    // Fails with "expected WHAT, found ..." at the position.
    bool expected(const QString &what);
    // Fails with `message` at `at`.
    bool fail(const char *at, const QString &message);
    // Where the scan failed and why: line and column of the place (columns count characters).
    JsonRecordsError error() const;

    // Appends the unescaped text of a string's contents that scanString() has checked.
    static void unescape(QByteArrayView raw, QByteArray &out);

private:
    bool checkEscape(const char *&p);
    bool copyMemberName(QByteArray &out, const QString &where);
    QString foundAt(const char *at) const;

    const char *m_begin;
    const char *m_end;
    const char *m_pos;
    const char *m_errorAt = nullptr;
    QString m_errorMessage;
};

} // namespace ccedit
