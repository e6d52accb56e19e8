// The .ts files are complete: every string of the sources is there and translated, none is
// left over, and every translation keeps the source's placeholders.
//
// CTest runs lupdate over the sources into copies of the committed .ts files first
// (tests/i18n/CMakeLists.txt, fixture "i18n_fresh_ts"): a string the sources have and a .ts
// file lacks shows up there as unfinished, one the sources no longer have as vanished.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct TsFile {
    QString language;    // the TS element's language attribute
    int messages = 0;
    QStringList problems; // one line per incomplete message, naming context and source
};

// The %1 ... %99 a text uses, sorted and without repeats (%n is a plural count, not checked:
// a singular form may spell out "one").
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d\\d?)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    std::ranges::sort(found);
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

struct Message {
    QString context;
    QString source;
    QString type; // translation type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or its numerus forms
};

QString checkMessage(const Message &message)
{
    const QString where = u"[%1] \"%2\""_s.arg(message.context, message.source);
    if (!message.type.isEmpty())
        return u"%1 entry %2"_s.arg(message.type, where);
    if (message.forms.isEmpty() || std::ranges::any_of(message.forms, &QString::isEmpty))
        return u"empty translation of %1"_s.arg(where);
    const QStringList expected = placeholders(message.source);
    for (const QString &form : message.forms) {
        if (placeholders(form) != expected)
            return u"placeholders %1 of %2 are %3 in \"%4\""_s.arg(expected.join(u' '), where,
                                                                  placeholders(form).join(u' '), form);
    }
    return {};
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.problems.append(u"cannot open %1: %2"_s.arg(path, file.errorString()));
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            ts.language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message{.context = context, .source = {}, .type = {}, .forms = {}};
            numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (numerus) {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText()); // <numerusform>
            } else if (QString text = xml.readElementText(); !text.isEmpty()) {
                message.forms.append(text);
            }
            ++ts.messages;
            if (const QString problem = checkMessage(message); !problem.isEmpty())
                ts.problems.append(problem);
        }
    }
    if (xml.hasError())
        ts.problems.append(u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString()));
    return ts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeAgainstSources_data();
    void completeAgainstSources();
    void findsIncompleteEntries_data();
    void findsIncompleteEntries();
};

void TestTranslations::completeAgainstSources_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::newRow("German") << u"de"_s << false;
    QTest::newRow("French") << u"fr"_s << false;
    QTest::newRow("Spanish") << u"es"_s << false;
    QTest::newRow("English plural forms") << u"en"_s << true;
}

void TestTranslations::completeAgainstSources()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralsOnly);
    const QString path = QDir(QStringLiteral(CCEDIT_TS_CHECK_DIR)).filePath(u"ccedit_%1.ts"_s.arg(language));
    QVERIFY2(QFile::exists(path), qPrintable(u"%1 is missing: the fixture test that runs lupdate did not run"_s.arg(path)));

    const TsFile ts = readTs(path);
    QCOMPARE(ts.language, language);
    QVERIFY2(ts.problems.isEmpty(),
             qPrintable(u"translations/ccedit_%1.ts is not complete; run the update_translations target, "
                        "then translate:\n%2"_s.arg(language, ts.problems.join(u'\n'))));
    // A file lupdate found nothing for would pass the check above without translating anything.
    if (!pluralsOnly)
        QVERIFY2(ts.messages > 0, "lupdate found no strings in the sources");
}

void TestTranslations::findsIncompleteEntries_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("complete file") << u"complete.ts"_s << QStringList{};
    QTest::newRow("unfinished entry (also what a missing string becomes)")
        << u"unfinished.ts"_s << QStringList{u"unfinished entry [ccedit::Test] \"Open %1\""_s};
    QTest::newRow("vanished entry") << u"vanished.ts"_s
                                    << QStringList{u"vanished entry [ccedit::Test] \"Gone\""_s};
    QTest::newRow("obsolete entry") << u"obsolete.ts"_s
                                    << QStringList{u"obsolete entry [ccedit::Test] \"Old\""_s};
    QTest::newRow("empty translation marked finished")
        << u"empty.ts"_s << QStringList{u"empty translation of [ccedit::Test] \"Save\""_s};
    QTest::newRow("placeholder dropped")
        << u"placeholder.ts"_s
        << QStringList{u"placeholders %1 %2 of [ccedit::Test] \"%1 of %2\" are %1 in \"%1 von\""_s};
    QTest::newRow("plural form empty")
        << u"numerus.ts"_s << QStringList{u"empty translation of [ccedit::Test] \"%n row(s)\""_s};
}

void TestTranslations::findsIncompleteEntries()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const QString path = QFINDTESTDATA(u"../data/i18n/ts/"_s + file);
    QVERIFY2(!path.isEmpty(), qPrintable(file));

    const TsFile ts = readTs(path);
    QCOMPARE(ts.language, u"de"_s);
    QCOMPARE(ts.problems, expected);
}

QTEST_APPLESS_MAIN(TestTranslations)

#include "tst_translations.moc"
