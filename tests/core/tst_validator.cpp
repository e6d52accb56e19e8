#include "schema.h"
#include "validator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccedit;

namespace {

QStringList codesOf(const QList<Diagnostic> &diagnostics)
{
    QStringList codes;
    for (const Diagnostic &diagnostic : diagnostics)
        codes.append(QString(codeName(diagnostic.code)));
    return codes;
}

QList<Diagnostic> checkOne(const QString &fieldName, const QString &value)
{
    QList<Diagnostic> out;
    Validator::checkValue(Schema::indexOf(fieldName), value.toUtf8(), 4, 7, 3, fieldName, out);
    return out;
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codesAndSeverities_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("severity");
        const auto row = [](DiagnosticCode code, const char *name, const char *severity) {
            QTest::newRow(name) << static_cast<int>(code) << QString::fromLatin1(name)
                                << QString::fromLatin1(severity);
        };
        row(DiagnosticCode::UnknownField, "unknown-field", "error");
        row(DiagnosticCode::DuplicateField, "duplicate-field", "error");
        row(DiagnosticCode::MissingRequiredField, "missing-required-field", "error");
        row(DiagnosticCode::RaggedRow, "ragged-row", "error");
        row(DiagnosticCode::UnterminatedQuote, "unterminated-quote", "error");
        row(DiagnosticCode::RequiredValueMissing, "required-value-missing", "error");
        row(DiagnosticCode::InvalidAccountId, "invalid-account-id", "error");
        row(DiagnosticCode::InvalidActive, "invalid-active", "error");
        row(DiagnosticCode::InvalidFlag, "invalid-flag", "error");
        row(DiagnosticCode::InvalidAccountingDay, "invalid-accounting-day", "error");
        row(DiagnosticCode::InvalidFiscalStartMonth, "invalid-fiscal-start-month", "error");
        row(DiagnosticCode::DuplicateAccountId, "duplicate-account-id", "warning");
        row(DiagnosticCode::SurroundingWhitespace, "surrounding-whitespace", "warning");
        row(DiagnosticCode::InvalidEmail, "invalid-email", "warning");
        row(DiagnosticCode::FormulaLikeValue, "formula-like-value", "warning");
        row(DiagnosticCode::ControlCharacter, "control-character", "warning");
        row(DiagnosticCode::NotUtf8, "not-utf8", "warning");
        row(DiagnosticCode::DelimiterNotComma, "delimiter-not-comma", "warning");
        row(DiagnosticCode::UnknownRatePlan, "unknown-rate-plan", "error");
        row(DiagnosticCode::AccountIdTooDeep, "account-id-too-deep", "error");
        row(DiagnosticCode::UnknownTemplateMember, "unknown-template-member", "error");
        row(DiagnosticCode::UnmatchedRow, "unmatched-row", "warning");
        row(DiagnosticCode::Fatal, "fatal", "fatal");
    }
    void codesAndSeverities()
    {
        QFETCH(int, code);
        QFETCH(QString, name);
        QFETCH(QString, severity);
        const auto diagnosticCode = static_cast<DiagnosticCode>(code);
        QCOMPARE(QString(codeName(diagnosticCode)), name);
        QCOMPARE(QString(severityName(defaultSeverity(diagnosticCode))), severity);
        const Diagnostic made = makeDiagnostic(diagnosticCode, 1, 2, 3, u"f"_s, u"m"_s);
        QCOMPARE(made.severity, defaultSeverity(diagnosticCode));
        QCOMPARE(made.isError(), severity != "warning"_L1);
    }

    void checkValue_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("codes");
        const QStringList none;
        QTest::newRow("account_id plain") << u"account_id"_s << u"A"_s << none;
        QTest::newRow("account_id two levels") << u"account_id"_s << u"A|B"_s << none;
        QTest::newRow("account_id empty") << u"account_id"_s << QString() << QStringList{u"required-value-missing"_s};
        QTest::newRow("account_id spaces") << u"account_id"_s << u"   "_s << QStringList{u"required-value-missing"_s};
        QTest::newRow("description empty") << u"description"_s << QString() << QStringList{u"required-value-missing"_s};
        QTest::newRow("account_id leading bar") << u"account_id"_s << u"|A"_s << QStringList{u"invalid-account-id"_s};
        QTest::newRow("account_id trailing bar") << u"account_id"_s << u"A|"_s << QStringList{u"invalid-account-id"_s};
        QTest::newRow("account_id empty middle level") << u"account_id"_s << u"A||B"_s << QStringList{u"invalid-account-id"_s};
        QTest::newRow("active yes") << u"active"_s << u"yes"_s << QStringList{u"invalid-active"_s};
        QTest::newRow("active TRUE") << u"active"_s << u"TRUE"_s << none;
        QTest::newRow("active 0") << u"active"_s << u"0"_s << none;
        QTest::newRow("active blank") << u"active"_s << QString() << none;
        QTest::newRow("flag two characters") << u"flag1"_s << u"AB"_s << QStringList{u"invalid-flag"_s};
        QTest::newRow("flag accented one character") << u"flag3"_s << u"\u00e9"_s << none;
        QTest::newRow("flag one character") << u"flag5"_s << u"X"_s << none;
        QTest::newRow("accounting_day 0") << u"accounting_day"_s << u"0"_s << QStringList{u"invalid-accounting-day"_s};
        QTest::newRow("accounting_day 31") << u"accounting_day"_s << u"31"_s << QStringList{u"invalid-accounting-day"_s};
        QTest::newRow("accounting_day 1.5") << u"accounting_day"_s << u"1.5"_s << QStringList{u"invalid-accounting-day"_s};
        QTest::newRow("accounting_day abc") << u"accounting_day"_s << u"abc"_s << QStringList{u"invalid-accounting-day"_s};
        QTest::newRow("accounting_day 30") << u"accounting_day"_s << u"30"_s << none;
        QTest::newRow("accounting_day 01") << u"accounting_day"_s << u"01"_s << none;
        QTest::newRow("fiscal_start_month 13") << u"fiscal_start_month"_s << u"13"_s << QStringList{u"invalid-fiscal-start-month"_s};
        QTest::newRow("fiscal_start_month 12") << u"fiscal_start_month"_s << u"12"_s << none;
        QTest::newRow("leading space") << u"contact_name"_s << u" Ann"_s << QStringList{u"surrounding-whitespace"_s};
        QTest::newRow("trailing space") << u"description"_s << u"Ann "_s << QStringList{u"surrounding-whitespace"_s};
        QTest::newRow("inner space") << u"description"_s << u"Ann Lee"_s << none;
        QTest::newRow("email good") << u"email_address"_s << u"ann@example.com"_s << none;
        QTest::newRow("email without at") << u"email_address"_s << u"ann.example.com"_s << QStringList{u"invalid-email"_s};
        QTest::newRow("email without dot") << u"email_address"_s << u"ann@example"_s << QStringList{u"invalid-email"_s};
        QTest::newRow("formula equals") << u"description"_s << u"=1+1"_s << QStringList{u"formula-like-value"_s};
        QTest::newRow("formula plus") << u"description"_s << u"+1"_s << QStringList{u"formula-like-value"_s};
        QTest::newRow("formula minus") << u"description"_s << u"-1"_s << QStringList{u"formula-like-value"_s};
        QTest::newRow("formula at") << u"description"_s << u"@A"_s << QStringList{u"formula-like-value"_s};
        QTest::newRow("formula tab") << u"description"_s << u"\tA"_s
                                     << QStringList{u"formula-like-value"_s, u"control-character"_s};
        QTest::newRow("formula CR") << u"description"_s << u"\rA"_s
                                    << QStringList{u"formula-like-value"_s, u"control-character"_s};
        QTest::newRow("plus inside") << u"description"_s << u"A+B"_s << none;
        QTest::newRow("line feed") << u"description"_s << u"A\nB"_s << QStringList{u"control-character"_s};
        QTest::newRow("tab inside") << u"description"_s << u"A\tB"_s << QStringList{u"control-character"_s};
        QTest::newRow("DEL") << u"description"_s << u"A\u007fB"_s << QStringList{u"control-character"_s};
        QTest::newRow("C1 NEL") << u"description"_s << u"A\u0085B"_s << QStringList{u"control-character"_s};
        QTest::newRow("non-breaking space is fine") << u"description"_s << u"A\u00a0B"_s << none;
        QTest::newRow("several problems")
            << u"description"_s << u"=A\nB "_s
            << QStringList{u"surrounding-whitespace"_s, u"formula-like-value"_s, u"control-character"_s};
        QTest::newRow("bad flag with space") << u"flag2"_s << u"A "_s
                                             << QStringList{u"invalid-flag"_s, u"surrounding-whitespace"_s};
        QTest::newRow("unknown field not checked") << u"nonsense"_s << u"=\n "_s << none;
    }
    void checkValue()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QStringList, codes);
        const QList<Diagnostic> out = checkOne(field, value);
        QCOMPARE(codesOf(out), codes);
        for (const Diagnostic &diagnostic : out) {
            QCOMPARE(diagnostic.row, 4);
            QCOMPARE(diagnostic.line, 7);
            QCOMPARE(diagnostic.column, 3);
            QCOMPARE(diagnostic.field, field);
            QCOMPARE(diagnostic.severity, defaultSeverity(diagnostic.code));
            QVERIFY(!diagnostic.message.isEmpty());
            QVERIFY2(!diagnostic.message.contains(u'\n'), qPrintable(diagnostic.message));
        }
    }

    // The quick look scans eight bytes at a time: every position of values around the word
    // sizes, for each kind of control character (U+0085 is two bytes, 0xC2 0x85).
    void controlCharacterAtEachPosition_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QStringList>("codes");
        const QList<std::pair<QByteArray, const char *>> controls{
            {"\x01"_ba, "U+0001"}, {"\x1f"_ba, "U+001F"}, {"\n"_ba, "LF"},
            {"\x7f"_ba, "DEL"},    {"\xc2\x85"_ba, "U+0085"},
        };
        for (int length = 0; length <= 17; ++length) {
            const QByteArray plain(length, 'a');
            QTest::addRow("%d letters", length) << plain << QStringList{};
            for (int at = 0; at <= length; ++at) {
                for (const auto &[control, name] : controls) {
                    QTest::addRow("%s at %d of %d", name, at, length + 1)
                        << QByteArray(plain).insert(at, control) << QStringList{u"control-character"_s};
                }
                // 0xC2 also starts U+00A0..U+00BF, which are fine.
                QTest::addRow("U+00A0 at %d of %d", at, length + 1)
                    << QByteArray(plain).insert(at, "\xc2\xa0") << QStringList{};
                QTest::addRow("U+00BF at %d of %d", at, length + 1)
                    << QByteArray(plain).insert(at, "\xc2\xbf") << QStringList{};
                QTest::addRow("space at %d of %d", at, length + 1)
                    << QByteArray(plain).insert(at, ' ')
                    << (at == 0 || at == length ? QStringList{u"surrounding-whitespace"_s} : QStringList{});
            }
        }
        QTest::newRow("multi-byte text") << "\xe6\x9d\xb1\xe4\xba\xac M\xc3\xbc" "ller \xc3\x98" "degaard"_ba << QStringList{};
        QTest::newRow("multi-byte text, then CR") << "\xe6\x9d\xb1\xe4\xba\xac M\xc3\xbc" "ller\r"_ba
                                                  << QStringList{u"control-character"_s};
        QTest::newRow("0xC2 last byte") << "abcdefgh\xc2"_ba << QStringList{};
    }
    void controlCharacterAtEachPosition()
    {
        QFETCH(QByteArray, value);
        QFETCH(QStringList, codes);
        const int field = Schema::indexOf(u"contact_name");
        QList<Diagnostic> out;
        Validator::checkValue(field, value, 0, 2, 1, u"contact_name"_s, out);
        QCOMPARE(codesOf(out), codes);
        QVERIFY(!Validator::isCleanValue(field, value) || codes.isEmpty());
    }

    // Rules whose fast forms look at pairs of bytes or at lengths, at every position.
    void rulesAtEachPosition_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QStringList>("codes");
        const QStringList badId{u"invalid-account-id"_s};
        const QStringList badEmail{u"invalid-email"_s};
        for (int length = 2; length <= 17; ++length) {
            for (int at = 0; at + 2 <= length; ++at) {
                QByteArray id(length, 'a');
                id[at] = '|';
                id[at + 1] = '|';
                QTest::addRow("account ID %s", id.constData()) << u"account_id"_s << id << badId;
                id[at + 1] = 'b';
                QTest::addRow("account ID %s", id.constData())
                    << u"account_id"_s << id << (at == 0 ? badId : QStringList{});
            }
            QByteArray bars(length, 'a'); // a|a|a...: bars, but never two together
            for (int at = 1; at < length - 1; at += 2)
                bars[at] = '|';
            QTest::addRow("account ID %s", bars.constData()) << u"account_id"_s << bars << QStringList{};
        }
        for (int length = 4; length <= 17; ++length) {
            const QByteArray domain = QByteArray(length - 3, 'd') + ".io";
            QTest::addRow("email a@%s", domain.constData()) << u"email_address"_s << "a@" + domain << QStringList{};
            for (int at = 0; at <= domain.size(); ++at) {
                const QByteArray doubled = "a@" + QByteArray(domain).insert(at, "..");
                QTest::addRow("email %s, dots at %d", doubled.constData(), at) << u"email_address"_s << doubled << badEmail;
                const QByteArray spaced = "a@" + QByteArray(domain).insert(at, " x");
                QTest::addRow("email %s", spaced.constData()) << u"email_address"_s << spaced << badEmail;
            }
        }
        QTest::newRow("email two at signs") << u"email_address"_s << "a@b@example.com"_ba << badEmail;
        QTest::newRow("email DEL") << u"email_address"_s << "a\x7f@example.com"_ba
                                   << QStringList{u"invalid-email"_s, u"control-character"_s};
        QTest::newRow("email U+00A0") << u"email_address"_s << "a\xc2\xa0@example.com"_ba << QStringList{};
        QTest::newRow("email formula") << u"email_address"_s << "-a@example.com"_ba
                                       << QStringList{u"formula-like-value"_s};
        for (const char *word : {"true", "TRUE", "True", "tRuE", "false", "FALSE", "False", "1", "0"})
            QTest::addRow("active %s", word) << u"active"_s << QByteArray(word) << QStringList{};
        for (const char *word : {"2", "01", "tru", "truex", "fals", "falsey", "T", "F", "yes", "ture", "4rue", "t-ue"})
            QTest::addRow("active %s", word) << u"active"_s << QByteArray(word) << QStringList{u"invalid-active"_s};
        QTest::newRow("active U+0014 rue") << u"active"_s << "\x14rue"_ba
                                           << QStringList{u"invalid-active"_s, u"control-character"_s};
        QTest::newRow("active space true") << u"active"_s << " true"_ba
                                           << QStringList{u"invalid-active"_s, u"surrounding-whitespace"_s};
    }
    void rulesAtEachPosition()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, value);
        QFETCH(QStringList, codes);
        QList<Diagnostic> out;
        Validator::checkValue(Schema::indexOf(field), value, 0, 2, 1, field, out);
        QCOMPARE(codesOf(out), codes);
        QVERIFY(!Validator::isCleanValue(Schema::indexOf(field), value) || codes.isEmpty());
    }

    // The quick look never passes a value the full check finds a problem in, on any field, for
    // values meant to trip it; it does pass those that are plainly clean.
    void quickLookNeverPassesAProblem_data()
    {
        QTest::addColumn<QByteArray>("value");
        for (const char *value : {"", " ", "a", "ab", "A|B", "|A", "A|", "A||B", "=1", "+1", "-1", "@a", "\ta", "\ra",
                                  "a\n", "1", "0", "30", "31", "12", "13", "true", "yes", "a@b.c", "a@b..c",
                                  "a@.b.c", "a@b.", "@b.c", "\xc3\xa9", "\xc3\xa9\xc3\xa9", "\xc2\x85", "\xc2\xa0",
                                  "a\x7f", "abcdefgh\x01", "abcdefghijklmnop ", "000000000000000001"})
            QTest::addRow("\"%s\"", value) << QByteArray(value);
    }
    void quickLookNeverPassesAProblem()
    {
        QFETCH(QByteArray, value);
        for (int field = -1; field < Schema::fieldCount(); ++field) {
            QList<Diagnostic> out;
            Validator::checkValueFully(field, value, 0, 2, 1, u"f"_s, out);
            if (!out.isEmpty())
                QVERIFY2(!Validator::isCleanValue(field, value), qPrintable(QString::number(field)));
        }
    }

    void quickLookPassesPlainValues_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("not a field") << u"nonsense"_s << "=\n "_ba;
        QTest::newRow("blank optional") << u"contact_name"_s << QByteArray();
        QTest::newRow("text") << u"description"_s << "Ann Lee, M\xc3\xbc" "ller & Co."_ba;
        QTest::newRow("account ID") << u"account_id"_s << "EMEA|DE|Cust0004211"_ba;
        QTest::newRow("boolean") << u"active"_s << "False"_ba;
        QTest::newRow("flag") << u"flag1"_s << "\xc3\xa9"_ba;
        QTest::newRow("integer") << u"accounting_day"_s << "30"_ba;
        QTest::newRow("email") << u"email_address"_s << "ann.lee@example.co.uk"_ba;
    }
    void quickLookPassesPlainValues()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, value);
        QVERIFY(Validator::isCleanValue(Schema::indexOf(field), value));
    }

    void checkValueAppends()
    {
        QList<Diagnostic> out{makeDiagnostic(DiagnosticCode::Fatal, -1, 0, 0, {}, u"earlier"_s)};
        Validator::checkValue(Schema::indexOf(u"active"), "yes", 0, 2, 1, u"active"_s, out);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.first().message, u"earlier"_s);
    }

    void messages_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("accounting day range") << u"accounting_day"_s << u"31"_s
                                              << QStringList{u"\"31\""_s, u"from 1 to 30"_s, u"accounting_day"_s};
        QTest::newRow("fiscal month range") << u"fiscal_start_month"_s << u"13"_s
                                            << QStringList{u"\"13\""_s, u"from 1 to 12"_s};
        QTest::newRow("active value") << u"active"_s << u"yes"_s << QStringList{u"\"yes\""_s, u"true"_s};
        QTest::newRow("account id value") << u"account_id"_s << u"A||B"_s << QStringList{u"\"A||B\""_s};
        QTest::newRow("flag value") << u"flag1"_s << u"AB"_s << QStringList{u"\"AB\""_s, u"2"_s};
        QTest::newRow("email value") << u"email_address"_s << u"nobody"_s << QStringList{u"\"nobody\""_s};
        QTest::newRow("control character escaped") << u"description"_s << u"A\u0085"_s
                                                   << QStringList{u"0085"_s};
        QTest::newRow("required names field") << u"description"_s << u" "_s << QStringList{u"description"_s};
    }
    void messages()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QStringList, parts);
        const QList<Diagnostic> out = checkOne(field, value);
        QVERIFY(!out.isEmpty());
        for (const QString &part : parts)
            QVERIFY2(out.first().message.contains(part), qPrintable(out.first().message));
    }

    void checkHeader_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QList<int>>("columns");
        QTest::newRow("good") << QStringList{u"account_id"_s, u"description"_s, u"email"_s} << QStringList{}
                              << QList<int>{};
        QTest::newRow("unknown field")
            << QStringList{u"account_id"_s, u"descripton"_s, u"description"_s} << QStringList{u"unknown-field"_s}
            << QList<int>{2};
        QTest::newRow("duplicate in another spelling")
            << QStringList{u"account_id"_s, u"email"_s, u"description"_s, u"email_address"_s}
            << QStringList{u"duplicate-field"_s} << QList<int>{4};
        QTest::newRow("both required missing")
            << QStringList{u"active"_s} << QStringList{u"missing-required-field"_s, u"missing-required-field"_s}
            << QList<int>{0, 0};
        QTest::newRow("description missing") << QStringList{u"Account.ID"_s}
                                             << QStringList{u"missing-required-field"_s} << QList<int>{0};
    }
    void checkHeader()
    {
        QFETCH(QStringList, header);
        QFETCH(QStringList, codes);
        QFETCH(QList<int>, columns);
        const QList<Diagnostic> result = Validator::checkHeader(header, 3);
        QCOMPARE(codesOf(result), codes);
        for (qsizetype i = 0; i < result.size(); ++i) {
            QCOMPARE(result[i].column, columns[i]);
            QCOMPARE(result[i].row, -1);
            QCOMPARE(result[i].line, 3);
            QCOMPARE(result[i].severity, Severity::Error);
        }
    }

    void headerMessages()
    {
        const QList<Diagnostic> unknown = Validator::checkHeader({u"account_id"_s, u"descripton"_s, u"description"_s}, 1);
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.first().field, u"descripton"_s);
        QVERIFY(unknown.first().message.contains(u"\"description\""_s));

        const QList<Diagnostic> nonsense = Validator::checkHeader({u"account_id"_s, u"description"_s, u"zzzzqqqq"_s}, 1);
        QCOMPARE(nonsense.size(), 1);
        QVERIFY(nonsense.first().message.contains(u"postal_address5"_s)); // lists the accepted fields

        const QList<Diagnostic> duplicate =
            Validator::checkHeader({u"account_id"_s, u"email"_s, u"description"_s, u"email_address"_s}, 1);
        QCOMPARE(duplicate.size(), 1);
        QCOMPARE(duplicate.first().field, u"email_address"_s);
        QVERIFY(duplicate.first().message.contains(u"\"email\""_s));

        const QList<Diagnostic> missing = Validator::checkHeader({u"active"_s}, 1);
        QCOMPARE(missing.size(), 2);
        QVERIFY(missing[0].message.contains(u"account_id"_s));
        QVERIFY(missing[1].message.contains(u"description"_s));
    }

    void columnFields()
    {
        const std::vector<int> fields =
            Validator::columnFields({u"account_id"_s, u"x"_s, u"email"_s, u"EMAIL_ADDRESS"_s});
        const std::vector<int> expected{Schema::indexOf(u"account_id"), -1, Schema::indexOf(u"email_address"), -1};
        QCOMPARE(fields, expected);
    }

    void checkSource_data()
    {
        QTest::addColumn<int>("notUtf8Line");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("clean") << 0 << ',' << int(SourceKind::Csv) << QStringList{} << QList<int>{};
        QTest::newRow("not utf8") << 5 << ',' << int(SourceKind::Csv) << QStringList{u"not-utf8"_s} << QList<int>{5};
        QTest::newRow("semicolon") << 0 << ';' << int(SourceKind::Csv) << QStringList{u"delimiter-not-comma"_s}
                                   << QList<int>{2};
        QTest::newRow("tab and not utf8") << 9 << '\t' << int(SourceKind::Csv)
                                          << QStringList{u"not-utf8"_s, u"delimiter-not-comma"_s}
                                          << QList<int>{9, 2};
        QTest::newRow("export has no delimiter") << 0 << ';' << int(SourceKind::Export) << QStringList{}
                                                 << QList<int>{};
    }
    void checkSource()
    {
        QFETCH(int, notUtf8Line);
        QFETCH(char, delimiter);
        QFETCH(int, kind);
        QFETCH(QStringList, codes);
        QFETCH(QList<int>, lines);
        SourceInfo source;
        source.notUtf8Line = notUtf8Line;
        source.delimiter = delimiter;
        source.kind = static_cast<SourceKind>(kind);
        const QList<Diagnostic> result = Validator::checkSource(source, 2);
        QCOMPARE(codesOf(result), codes);
        for (qsizetype i = 0; i < result.size(); ++i) {
            QCOMPARE(result[i].line, lines[i]);
            QCOMPARE(result[i].row, -1);
            QCOMPARE(result[i].column, 0);
            QCOMPARE(result[i].severity, Severity::Warning);
        }
    }

    void checkRowOrigin_data()
    {
        QTest::addColumn<int>("cellCount");
        QTest::addColumn<bool>("ragged");
        QTest::addColumn<bool>("unterminated");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("fine") << 3 << false << false << QStringList{};
        QTest::newRow("too few") << 2 << true << false << QStringList{u"ragged-row"_s};
        QTest::newRow("too many") << 5 << true << false << QStringList{u"ragged-row"_s};
        QTest::newRow("unterminated quote") << 3 << false << true << QStringList{u"unterminated-quote"_s};
    }
    void checkRowOrigin()
    {
        QFETCH(int, cellCount);
        QFETCH(bool, ragged);
        QFETCH(bool, unterminated);
        QFETCH(QStringList, codes);
        CellTable::RowOrigin origin;
        origin.line = 12;
        origin.cellCount = cellCount;
        origin.ragged = ragged;
        origin.unterminatedQuote = unterminated;
        QList<Diagnostic> out;
        Validator::checkRowOrigin(origin, 3, 6, out);
        QCOMPARE(codesOf(out), codes);
        for (const Diagnostic &diagnostic : out) {
            QCOMPARE(diagnostic.row, 6);
            QCOMPARE(diagnostic.line, 12);
            QCOMPARE(diagnostic.column, 0);
            QCOMPARE(diagnostic.severity, Severity::Error);
            if (ragged) {
                QVERIFY2(diagnostic.message.contains(QString::number(cellCount)), qPrintable(diagnostic.message));
                QVERIFY2(diagnostic.message.contains(u"3"_s), qPrintable(diagnostic.message));
            }
        }
    }

    void duplicateAccountId()
    {
        const Diagnostic d = Validator::duplicateAccountId("A|B", 5, 9, 1, u"account_id"_s, 4);
        QCOMPARE(d.code, DiagnosticCode::DuplicateAccountId);
        QCOMPARE(d.severity, Severity::Warning);
        QCOMPARE(d.row, 5);
        QCOMPARE(d.line, 9);
        QCOMPARE(d.column, 1);
        QVERIFY(d.message.contains(u"A|B"_s));
        QVERIFY(d.message.contains(u"line 4"_s));
    }

    // The duplicate message is made in UTF-8 in place (a file can have one on every row):
    // the ID shown as messages show values, escaped and shortened, whatever it holds.
    void duplicateMessageShowsTheId_data()
    {
        QTest::addColumn<QByteArray>("accountId");
        QTest::addColumn<QString>("shown");
        const QByteArray forty(40, 'x');
        QTest::newRow("plain") << "ACME-1"_ba << u"ACME-1"_s;
        QTest::newRow("40 characters, whole") << forty << QString::fromLatin1(forty);
        QTest::newRow("41 characters, shortened") << forty + "y" << QString::fromLatin1(forty) + u'\u2026';
        QTest::newRow("a placeholder in the ID stays") << "A%2B%1"_ba << u"A%2B%1"_s;
        QTest::newRow("line breaks and tabs escaped") << "A\nB\tC\r"_ba << u"A\\nB\\tC\\r"_s;
        QTest::newRow("other control characters escaped") << "A\x01\x7f"_ba << u"A\\u0001\\u007f"_s;
        QTest::newRow("an escape reaching the limit") << QByteArray(38, 'x') + "\nxyz"
                                                      << QString(38, u'x') + u"\\n\u2026"_s;
        QTest::newRow("not ASCII") << "Kunde Zw\xc3\xb6lf"_ba << u"Kunde Zw\u00f6lf"_s;
        QTest::newRow("not ASCII, shortened") << QString(41, u'\u00e4').toUtf8() << QString(40, u'\u00e4') + u'\u2026';
        QTest::newRow("C1 control character") << "A\xc2\x85"_ba << u"A\\u0085"_s;
    }
    void duplicateMessageShowsTheId()
    {
        QFETCH(QByteArray, accountId);
        QFETCH(QString, shown);
        const QString expected = u"account ID \""_s + shown + u"\" is already used on line 7; account IDs should be unique"_s;
        QCOMPARE(Validator::duplicateMessage(accountId, 7), expected);
        QByteArray out = "before "_ba;
        Validator::appendDuplicateMessage(out, Validator::MessageTemplates::translated().duplicate, accountId, 7);
        QCOMPARE(QString::fromUtf8(out), u"before "_s + expected);
    }
    // A translation may put the placeholders in another order, and hold other percent signs.
    void duplicateMessageFillsAnyTemplate_data()
    {
        QTest::addColumn<QByteArray>("templateUtf8");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("as written") << "ID \"%1\" on line %2"_ba << "ID \"A%2\" on line 12"_ba;
        QTest::newRow("reordered") << "line %2: \"%1\""_ba << "line 12: \"A%2\""_ba;
        QTest::newRow("other percent signs") << "100% %1%%2 %"_ba << "100% A%2%12 %"_ba;
        QTest::newRow("not UTF-8 safe to cut") << "\xc3\xa9 %1 \xc3\xa9"_ba << "\xc3\xa9 A%2 \xc3\xa9"_ba;
        QTest::newRow("localized placeholders") << "%L1 on %L2"_ba << "A%2 on 12"_ba;
        QTest::newRow("a percent sign last") << "%1 %"_ba << "A%2 %"_ba;
        QTest::newRow("%L last") << "%1 %L"_ba << "A%2 %L"_ba;
    }
    void duplicateMessageFillsAnyTemplate()
    {
        QFETCH(QByteArray, templateUtf8);
        QFETCH(QByteArray, message);
        QByteArray out;
        Validator::appendDuplicateMessage(out, templateUtf8, "A%2", 12);
        QCOMPARE(out, message);
    }

    void isBlank_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("blank");
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("spaces") << QByteArray("  ") << true;
        QTest::newRow("letter") << QByteArray(" a ") << false;
    }
    void isBlank()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, blank);
        QCOMPARE(Validator::isBlank(value), blank);
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
