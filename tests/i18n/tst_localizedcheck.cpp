// `ccedit --check` speaks the language of the locale (LANG, LC_ALL, LANGUAGE) and keeps
// FORMATS.md section 5's stable parts: place, severity word and [code]. Runs the ccedit
// program as a user would; Qt reads the locale names from the environment itself, so this
// needs no locale data on the machine.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Environment = QList<std::pair<QString, QString>>;

struct Run {
    int exitCode = -1;
    QString out;
};

Run runCcedit(const QStringList &arguments, const Environment &locale)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto *name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        environment.remove(QString::fromLatin1(name));
    for (const auto &[name, value] : locale)
        environment.insert(name, value);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CCEDIT_EXECUTABLE), arguments);
    if (!process.waitForFinished() || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

const Environment english = {{u"LANG"_s, u"C.UTF-8"_s}};

// One diagnostic line of `--check`: FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE].
struct Line {
    QString stable; // FILE:LINE:COLUMN: SEVERITY: ... [CODE], the parts no language changes
    QString message;
};

struct Lines {
    QList<Line> lines;
    QString notInFormat; // the first line that is not in the contract's format
};

Lines parseLines(const QString &out, const QString &file)
{
    const QRegularExpression format(u"^(%1:\\d+:\\d+: (?:error|warning): )(.+) (\\[[a-z0-9-]+\\])$"_s
                                        .arg(QRegularExpression::escape(file)));
    Lines parsed;
    for (const QString &text : out.split(u'\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = format.match(text);
        if (!match.hasMatch()) {
            parsed.notInFormat = text;
            break;
        }
        parsed.lines.append({match.captured(1) + match.captured(3), match.captured(2)});
    }
    return parsed;
}

} // namespace

class TestLocalizedCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textFollowsLocale_data();
    void textFollowsLocale();
    void jsonKeepsCodes_data();
    void jsonKeepsCodes();
};

void TestLocalizedCheck::textFollowsLocale_data()
{
    QTest::addColumn<Environment>("locale");
    QTest::addColumn<QString>("unknownField"); // the start of the unknown-field message
    QTest::addColumn<bool>("translated");

    QTest::newRow("LANG=de_DE.UTF-8 and LANGUAGE=de: German")
        << Environment{{u"LANG"_s, u"de_DE.UTF-8"_s}, {u"LANGUAGE"_s, u"de"_s}}
        << u"unbekanntes Feld „acount_mgr“"_s << true;
    QTest::newRow("LANG=de_DE.UTF-8 alone: German")
        << Environment{{u"LANG"_s, u"de_DE.UTF-8"_s}} << u"unbekanntes Feld „acount_mgr“"_s << true;
    QTest::newRow("LANG=fr_FR.UTF-8: French")
        << Environment{{u"LANG"_s, u"fr_FR.UTF-8"_s}} << u"champ inconnu «\u00a0acount_mgr\u00a0»"_s << true;
    QTest::newRow("LANG=es_ES.UTF-8: Spanish")
        << Environment{{u"LANG"_s, u"es_ES.UTF-8"_s}} << u"campo desconocido «acount_mgr»"_s << true;
    QTest::newRow("LC_ALL=fr_FR.UTF-8 over LANG=de_DE.UTF-8: French")
        << Environment{{u"LANG"_s, u"de_DE.UTF-8"_s}, {u"LC_ALL"_s, u"fr_FR.UTF-8"_s}}
        << u"champ inconnu «\u00a0acount_mgr\u00a0»"_s << true;
    QTest::newRow("LANGUAGE=pt:es over LANG=C.UTF-8: first language we have, Spanish")
        << Environment{{u"LANG"_s, u"C.UTF-8"_s}, {u"LANGUAGE"_s, u"pt:es"_s}}
        << u"campo desconocido «acount_mgr»"_s << true;
    QTest::newRow("LANGUAGE=en:de: English comes first")
        << Environment{{u"LANG"_s, u"de_DE.UTF-8"_s}, {u"LANGUAGE"_s, u"en:de"_s}}
        << u"unknown field \"acount_mgr\""_s << false;
    QTest::newRow("LANG=ja_JP.UTF-8, a language without translation: English")
        << Environment{{u"LANG"_s, u"ja_JP.UTF-8"_s}} << u"unknown field \"acount_mgr\""_s << false;
}

void TestLocalizedCheck::textFollowsLocale()
{
    QFETCH(Environment, locale);
    QFETCH(QString, unknownField);
    QFETCH(bool, translated);
    const QString file = QFINDTESTDATA("../data/i18n/problems.csv");
    QVERIFY(!file.isEmpty());

    const Run reference = runCcedit({u"--check"_s, file}, english);
    QCOMPARE(reference.exitCode, 1);
    const Lines parsedReference = parseLines(reference.out, file);
    QVERIFY2(parsedReference.notInFormat.isEmpty(), qPrintable(parsedReference.notInFormat));
    const QList<Line> &expected = parsedReference.lines;
    QCOMPARE(expected.size(), 4); // unknown field, blank description, accounting day 31, repeated ID

    const Run run = runCcedit({u"--check"_s, file}, locale);
    QCOMPARE(run.exitCode, 1);
    const Lines parsed = parseLines(run.out, file);
    QVERIFY2(parsed.notInFormat.isEmpty(), qPrintable(parsed.notInFormat));
    const QList<Line> &lines = parsed.lines;
    QCOMPARE(lines.size(), expected.size());
    QVERIFY2(run.out.contains(unknownField), qPrintable(run.out));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i).stable, expected.at(i).stable);
        if (translated)
            QVERIFY2(lines.at(i).message != expected.at(i).message,
                     qPrintable(u"not translated: "_s + lines.at(i).message));
        else
            QCOMPARE(lines.at(i).message, expected.at(i).message);
    }
}

void TestLocalizedCheck::jsonKeepsCodes_data()
{
    QTest::addColumn<Environment>("locale");
    QTest::newRow("German") << Environment{{u"LANG"_s, u"de_DE.UTF-8"_s}, {u"LANGUAGE"_s, u"de"_s}};
    QTest::newRow("French") << Environment{{u"LANG"_s, u"fr_FR.UTF-8"_s}};
    QTest::newRow("Spanish") << Environment{{u"LANG"_s, u"es_ES.UTF-8"_s}};
}

void TestLocalizedCheck::jsonKeepsCodes()
{
    QFETCH(Environment, locale);
    const QString file = QFINDTESTDATA("../data/i18n/problems.csv");
    const QStringList arguments = {u"--check"_s, u"--format"_s, u"json"_s, file};

    const Run reference = runCcedit(arguments, english);
    const Run run = runCcedit(arguments, locale);
    QCOMPARE(run.exitCode, reference.exitCode);
    QJsonParseError error;
    const QJsonArray expected = QJsonDocument::fromJson(reference.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray actual = QJsonDocument::fromJson(run.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(actual.size(), 4);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QJsonObject stable = actual.at(i).toObject();
        QJsonObject expectedStable = expected.at(i).toObject();
        QVERIFY2(stable.take(u"message"_s) != expectedStable.take(u"message"_s),
                 qPrintable(u"not translated: "_s + actual.at(i).toObject().value(u"message"_s).toString()));
        QCOMPARE(stable, expectedStable); // file, line, column, field, severity, code
    }
}

QTEST_GUILESS_MAIN(TestLocalizedCheck)

#include "tst_localizedcheck.moc"
