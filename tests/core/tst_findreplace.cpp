#include "commands.h"
#include "csvreader.h"
#include "document.h"
#include "findreplace.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ccedit;

Q_DECLARE_METATYPE(ccedit::FindOptions)

namespace {

std::unique_ptr<Document> makeDocument()
{
    auto records = CsvReader::parse("account_id,description\nA|1,Alpha Corp\nA|2,beta corp\nB|3,Gamma Ltd\n"_ba,
                                    u"find.csv"_s);
    return std::make_unique<Document>(std::move(*records));
}

} // namespace

class TestFindReplace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaceAll_data()
    {
        QTest::addColumn<FindOptions>("options");
        QTest::addColumn<QStringList>("descriptions");
        QTest::addColumn<QStringList>("accountIds");
        const QStringList ids = {u"A|1"_s, u"A|2"_s, u"B|3"_s};
        QTest::newRow("text, any case")
            << FindOptions{u"corp"_s, u"Inc"_s, -1, false, false}
            << QStringList{u"Alpha Inc"_s, u"beta Inc"_s, u"Gamma Ltd"_s} << ids;
        QTest::newRow("text, matching case")
            << FindOptions{u"Corp"_s, u"Inc"_s, -1, false, true}
            << QStringList{u"Alpha Inc"_s, u"beta corp"_s, u"Gamma Ltd"_s} << ids;
        QTest::newRow("regular expression with a group")
            << FindOptions{u"^(\\w+) (corp|ltd)$"_s, u"\\2: \\1"_s, -1, true, false}
            << QStringList{u"Corp: Alpha"_s, u"corp: beta"_s, u"Ltd: Gamma"_s} << ids;
        QTest::newRow("one column only")
            << FindOptions{u"A"_s, u"X"_s, 0, false, true}
            << QStringList{u"Alpha Corp"_s, u"beta corp"_s, u"Gamma Ltd"_s}
            << QStringList{u"X|1"_s, u"X|2"_s, u"B|3"_s};
        QTest::newRow("regex characters taken literally without regex")
            << FindOptions{u"|"_s, u"/"_s, -1, false, false}
            << QStringList{u"Alpha Corp"_s, u"beta corp"_s, u"Gamma Ltd"_s}
            << QStringList{u"A/1"_s, u"A/2"_s, u"B/3"_s};
    }
    void replaceAll()
    {
        QFETCH(FindOptions, options);
        QFETCH(QStringList, descriptions);
        QFETCH(QStringList, accountIds);
        auto document = makeDocument();
        auto engine = FindReplace::create(options);
        QVERIFY(engine);
        document->undoStack()->push(new SetCellValues(document.get(), engine->replaceAll(*document)));
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(document->value(row, 0), accountIds.at(row));
            QCOMPARE(document->value(row, 1), descriptions.at(row));
        }
    }

    // Replace All finds plain text in the cells' UTF-8 where it can; it must change exactly
    // the cells matches() finds, to what replaced() gives.
    void replaceAllAgreesWithReplaced_data()
    {
        QTest::addColumn<FindOptions>("options");
        QTest::newRow("with its case") << FindOptions{u"Corp"_s, u"Körperschaft"_s, -1, false, true};
        QTest::newRow("without letters, any case") << FindOptions{u"@"_s, u"@mail."_s, -1, false, false};
        QTest::newRow("non-ASCII with its case") << FindOptions{u"ü"_s, u"ue"_s, -1, false, true};
        QTest::newRow("non-ASCII, any case") << FindOptions{u"ü"_s, u"ue"_s, -1, false, false};
        QTest::newRow("letters, any case") << FindOptions{u"corp"_s, u"Inc"_s, -1, false, false};
        QTest::newRow("several in one cell") << FindOptions{u"a"_s, u"aa"_s, 1, false, true};
        QTest::newRow("replaced by itself") << FindOptions{u"Corp"_s, u"Corp"_s, -1, false, true};
        QTest::newRow("emoji") << FindOptions{u"😀"_s, u"☺"_s, -1, false, true};
    }
    void replaceAllAgreesWithReplaced()
    {
        QFETCH(FindOptions, options);
        auto records = CsvReader::parse("account_id,description\nMÜLLER|1,Müller Corp\nx@y.z,Corp CORP corp\n"
                                        "a@b@c,banana 😀😀\nÜ,\n"_ba,
                                        u"find.csv"_s);
        QVERIFY(records);
        Document document(std::move(*records));
        auto engine = FindReplace::create(options);
        QVERIFY(engine);
        QList<CellChange> expected;
        for (int row = 0; row < document.rowCount(); ++row) {
            for (int column = 0; column < document.columnCount(); ++column) {
                const QString value = document.value(row, column);
                if ((options.column < 0 || options.column == column) && engine->matches(value)
                    && engine->replaced(value) != value)
                    expected.append(CellChange{row, column, engine->replaced(value)});
            }
        }
        const CellEdits edits = engine->replaceAll(document);
        QCOMPARE(edits.size(), expected.size());
        for (qsizetype i = 0; i < edits.size(); ++i) {
            const CellPosition cell = edits.positions()[static_cast<size_t>(i)];
            QCOMPARE(cell.row, expected[i].row);
            QCOMPARE(cell.column, expected[i].column);
            QCOMPARE(QString::fromUtf8(edits.after().at(i)), expected[i].value);
            QCOMPARE(QString::fromUtf8(edits.before().at(i)), document.value(cell.row, cell.column));
        }
    }

    void invalidInputIsReported_data()
    {
        QTest::addColumn<FindOptions>("options");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unbalanced parenthesis") << FindOptions{u"(abc"_s, {}, -1, true, false} << u"position"_s;
        QTest::newRow("nothing to find") << FindOptions{{}, {}, -1, false, false} << u"Enter"_s;
    }
    void invalidInputIsReported()
    {
        QFETCH(FindOptions, options);
        QFETCH(QString, expected);
        const auto engine = FindReplace::create(options);
        QVERIFY(!engine);
        QVERIFY2(engine.error().contains(expected), qPrintable(engine.error()));
    }

    void findNextWrapsAround_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("backward");
        QTest::addColumn<int>("foundRow");
        QTest::newRow("from the start") << -1 << -1 << false << 0;
        QTest::newRow("after the first match") << 0 << 1 << false << 1;
        QTest::newRow("wraps to the top") << 1 << 1 << false << 0;
        QTest::newRow("backward wraps to the bottom") << 0 << 1 << true << 1;
    }
    void findNextWrapsAround()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(bool, backward);
        QFETCH(int, foundRow);
        auto document = makeDocument();
        const auto engine = FindReplace::create(FindOptions{u"corp"_s, {}, -1, false, false});
        QVERIFY(engine);
        const auto cell = engine->findNext(*document, row, column, backward);
        QVERIFY(cell);
        QCOMPARE(cell->row, foundRow);
        QCOMPARE(cell->column, 1);
    }

    void findNothing()
    {
        auto document = makeDocument();
        const auto engine = FindReplace::create(FindOptions{u"zzz"_s, {}, -1, false, false});
        QVERIFY(engine);
        QVERIFY(!engine->findNext(*document, -1, -1));
        QVERIFY(engine->replaceAll(*document).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFindReplace)
#include "tst_findreplace.moc"
