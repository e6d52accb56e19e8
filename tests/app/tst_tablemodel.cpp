#include "commands.h"
#include "csvreader.h"
#include "document.h"
#include "problemsmodel.h"
#include "problemstyle.h"
#include "quickfixes.h"
#include "readonlyjobs.h"
#include "tablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ccedit;

namespace {

std::unique_ptr<Document> openFixture()
{
    const QString path = QFINDTESTDATA("../data/app/problems.csv");
    auto records = CsvReader().read(path);
    if (!records)
        qFatal("cannot read the fixture: %s", qPrintable(records.error().toString()));
    return std::make_unique<Document>(std::move(*records));
}

// Columns of tests/data/app/problems.csv.
enum { Active, RatePlan, AccountId, Description, Day, Month, Flag, Region };

} // namespace

// The models under QAbstractItemModelTester while the document is edited in every way the
// editor can, and the problems they show kept current (a stale problem is a defect).
class TestTableModel : public QObject
{
    Q_OBJECT

private:
    ReadOnlyJobs m_jobs{nullptr}; // work of any size at once: these documents are small

    void verifyProblemsCurrent(const ProblemsModel &problems, const Document &document)
    {
        const QList<Diagnostic> expected = document.allProblems();
        QCOMPARE(problems.rowCount(), expected.size());
        for (int i = 0; i < problems.rowCount(); ++i)
            QCOMPARE(problems.problem(i), expected.at(i));
    }

private Q_SLOTS:
    void cellsShowTheirProblems_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("error");
        QTest::addColumn<QString>("code");
        QTest::newRow("invalid active") << 1 << int(Active) << true << u"true"_s;
        QTest::newRow("accounting day out of range") << 1 << int(Day) << true << u"30"_s;
        QTest::newRow("fiscal month 13") << 2 << int(Month) << true << u"12"_s;
        QTest::newRow("long flag") << 2 << int(Flag) << true << u"single"_s;
        QTest::newRow("duplicate account id") << 2 << int(AccountId) << false << u"line 3"_s;
        QTest::newRow("surrounding spaces") << 3 << int(Description) << false << u"space"_s;
    }
    void cellsShowTheirProblems()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(bool, error);
        QFETCH(QString, code);
        auto document = openFixture();
        TableModel model;
        model.setDocument(document.get());
        const QModelIndex index = model.index(row, column);
        const QColor base = QApplication::palette().color(QPalette::Base);
        const QVariant background = index.data(Qt::BackgroundRole);
        QVERIFY(background.canConvert<QColor>());
        QVERIFY(background.value<QColor>() != base);
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        const QString tooltip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(tooltip.contains(code, Qt::CaseInsensitive), qPrintable(tooltip));
        // Errors and warnings differ in colour as well as icon.
        const QColor errorTint = model.index(1, Active).data(Qt::BackgroundRole).value<QColor>();
        QCOMPARE(background.value<QColor>() == errorTint, error);

        const QModelIndex clean = model.index(0, column);
        QVERIFY(!clean.data(Qt::BackgroundRole).isValid());
        QVERIFY(!clean.data(Qt::DecorationRole).isValid());
        QVERIFY(!clean.data(Qt::ToolTipRole).isValid());
    }

    void tintSuitsLightAndDarkThemes_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("highlight");
        QTest::newRow("light theme") << QColor(255, 255, 255) << QColor(48, 140, 198);
        QTest::newRow("dark theme") << QColor(30, 30, 30) << QColor(42, 130, 218);
    }
    void tintSuitsLightAndDarkThemes()
    {
        QFETCH(QColor, base);
        QFETCH(QColor, highlight);
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Highlight, highlight);
        const QColor error = ProblemStyle::tint(palette, Severity::Error);
        const QColor warning = ProblemStyle::tint(palette, Severity::Warning);
        QVERIFY(error != base);
        QVERIFY(warning != base);
        QVERIFY(error != warning);
        // The tint stays on the side of the base: dark text stays readable on a light theme's
        // tint, light text on a dark theme's.
        QCOMPARE(error.lightness() < 128, base.lightness() < 128);
        QCOMPARE(warning.lightness() < 128, base.lightness() < 128);
        QVERIFY(error.red() > error.blue()); // reddish
    }

    void headersShowLinesAndFieldProblems()
    {
        auto document = openFixture();
        TableModel model;
        model.setDocument(document.get());
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 3); // after a comment and the header
        QCOMPARE(model.headerData(3, Qt::Vertical).toInt(), 6);
        QCOMPARE(model.headerData(Region, Qt::Horizontal).toString(), u"region"_s);
        QVERIFY(!model.headerData(Region, Qt::Horizontal, Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model.headerData(Region, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"region"_s));
        QVERIFY(!model.headerData(Active, Qt::Horizontal, Qt::DecorationRole).isValid());
        // A known field's header explains the field.
        QVERIFY(model.headerData(Active, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"true"_s));
        // A row made in the editor has no source line.
        document->undoStack()->push(new InsertRows(document.get(), 0, {QStringList()}));
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"new"_s);
    }

    // Sorting the panel by message groups the problems of a kind, each kind in line order
    // (the messages themselves are made only to be shown).
    void problemsSortedByMessageGroupKinds()
    {
        auto document = openFixture();
        ProblemsModel problems;
        problems.setDocument(document.get());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&problems);
        proxy.setSortRole(ProblemsModel::SortRole);
        proxy.sort(ProblemsModel::MessageColumn);
        QVERIFY(proxy.rowCount() > 3);
        std::pair<QString, int> previous{u""_s, 0};
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QString code = proxy.index(row, ProblemsModel::CodeColumn).data().toString();
            const int line = proxy.index(row, ProblemsModel::LineColumn).data(ProblemsModel::SortRole).toInt();
            QVERIFY(!proxy.index(row, ProblemsModel::MessageColumn).data().toString().isEmpty());
            if (code == previous.first)
                QVERIFY2(line >= previous.second, qPrintable(code));
            previous = {code, line};
        }
        QStringList kinds;
        for (int row = 0; row < proxy.rowCount(); ++row)
            kinds.append(proxy.index(row, ProblemsModel::CodeColumn).data().toString());
        QStringList grouped = kinds;
        grouped.removeDuplicates();
        for (const QString &kind : grouped)
            QCOMPARE(kinds.lastIndexOf(kind) - kinds.indexOf(kind) + 1, kinds.count(kind));
    }

    void editsKeepModelsConsistent()
    {
        auto document = openFixture();
        TableModel model;
        ProblemsModel problems;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&problems);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterFixedString(u"error"_s);
        proxy.sort(ProblemsModel::LineColumn);
        model.setDocument(document.get());
        problems.setDocument(document.get());
        QAbstractItemModelTester tableTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester problemsTester(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack *stack = document->undoStack();
        verifyProblemsCurrent(problems, *document);

        // Typing through the model: changing the first of two equal account IDs clears the
        // warning of the other row, and the views hear of it.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.index(2, AccountId).data(Qt::DecorationRole).isValid());
        QVERIFY(model.setData(model.index(0, AccountId), u"A|Zero"_s));
        QCOMPARE(document->value(0, AccountId), u"A|Zero"_s);
        QVERIFY(!model.index(2, AccountId).data(Qt::DecorationRole).isValid());
        const bool otherRowSignalled = std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
            return args.at(0).toModelIndex().row() <= 2 && args.at(1).toModelIndex().row() >= 2;
        });
        QVERIFY(otherRowSignalled);
        verifyProblemsCurrent(problems, *document);
        QVERIFY(model.setData(model.index(1, Active), u"false"_s));
        verifyProblemsCurrent(problems, *document);

        stack->push(new InsertRows(document.get(), 1, {{u"true"_s, {}, u"A|One"_s, u"New"_s}}));
        QCOMPARE(model.rowCount(), 5);
        verifyProblemsCurrent(problems, *document);
        stack->push(new RemoveRows(document.get(), {0, 3}));
        QCOMPARE(model.rowCount(), 3);
        verifyProblemsCurrent(problems, *document);
        stack->push(new InsertColumn(document.get(), 2, u"contact_name"_s));
        QCOMPARE(model.columnCount(), 9);
        verifyProblemsCurrent(problems, *document);
        stack->push(new RemoveColumn(document.get(), Region + 1));
        QCOMPARE(model.columnCount(), 8);
        QCOMPARE(document->documentProblems().size(), 0);
        verifyProblemsCurrent(problems, *document);
        // The last column, with problems of its own: the proxy sorts and filters by messages
        // as soon as it hears of the removal, and they must be of the table as it is then.
        proxy.sort(ProblemsModel::MessageColumn);
        stack->push(SetCellValues::single(document.get(), 0, Flag + 1, u"AB"_s));
        const qsizetype flagProblems = std::ranges::count_if(document->allProblems(), [](const Diagnostic &problem) {
            return problem.code == DiagnosticCode::InvalidFlag;
        });
        QVERIFY(flagProblems > 0);
        bool problemsFitTheColumns = true;
        const QMetaObject::Connection whileRemoved = connect(document.get(), &Document::columnsRemoved, this, [&] {
            for (const RowProblem &problem : document->allRowProblems())
                problemsFitTheColumns = problemsFitTheColumns && int(problem.column) <= document->columnCount();
        });
        stack->push(new RemoveColumn(document.get(), Flag + 1));
        disconnect(whileRemoved);
        QVERIFY(problemsFitTheColumns);
        QCOMPARE(model.columnCount(), 7);
        verifyProblemsCurrent(problems, *document);
        proxy.sort(ProblemsModel::LineColumn);
        stack->push(new SortRows(document.get(), Description + 1, Qt::DescendingOrder));
        verifyProblemsCurrent(problems, *document);

        // Undo every step: back to the file as read, problems included.
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 8);
        QCOMPARE(document->value(0, AccountId), u"A|One"_s);
        QVERIFY(model.index(2, AccountId).data(Qt::DecorationRole).isValid());
        verifyProblemsCurrent(problems, *document);
        while (stack->canRedo())
            stack->redo();
        verifyProblemsCurrent(problems, *document);
    }

    // Past a few hundred rows the problems list is rebuilt, not updated row by row, and past a
    // thousand runs of rows the table signals them as one range; every way, both models must
    // show the document's problems as they are now.
    void bulkEditsKeepTheModelsCurrent()
    {
        constexpr int Rows = 2400, Ids = 1800;
        QByteArray csv = "account_id,description\n"_ba;
        for (int row = 0; row < Rows; ++row)
            csv += "ID" + QByteArray::number(row % Ids) + ",Customer " + QByteArray::number(row) + "\n";
        auto records = CsvReader::parse(csv, u"bulk.csv"_s);
        QVERIFY(records);
        Document document(std::move(*records));
        TableModel table;
        table.setDocument(&document);
        ProblemsModel problems;
        problems.setDocument(&document);
        QAbstractItemModelTester tableTester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester problemsTester(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(problems.rowCount(), Rows - Ids); // the repeated IDs
        verifyProblemsCurrent(problems, document);

        QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
        QList<CellChange> clearEveryOther; // 1,200 runs of one row
        for (int row = 0; row < Rows; row += 2)
            clearEveryOther.append(CellChange{row, 1, QString()});
        document.undoStack()->push(new SetCellValues(&document, clearEveryOther));
        QCOMPARE(problems.rowCount(), Rows - Ids + Rows / 2);
        verifyProblemsCurrent(problems, document);
        for (int row = 0; row < Rows; row += 2) {
            QVERIFY(table.index(row, 1).data(Qt::DecorationRole).isValid());
            const bool signalled = std::any_of(changed.cbegin(), changed.cend(), [row](const QList<QVariant> &args) {
                return args.at(0).toModelIndex().row() <= row && args.at(1).toModelIndex().row() >= row
                    && args.at(2).value<QList<int>>().contains(Qt::DecorationRole);
            });
            QVERIFY2(signalled, qPrintable(u"row %1"_s.arg(row)));
        }

        document.undoStack()->push(SetCellValues::single(&document, 1, 1, QString())); // one row
        verifyProblemsCurrent(problems, document);
        document.undoStack()->push(SetCellValues::single(&document, Ids, 0, u"ID%1"_s.arg(Rows))); // two rows
        verifyProblemsCurrent(problems, document);
        while (document.undoStack()->canUndo()) {
            document.undoStack()->undo();
            verifyProblemsCurrent(problems, document);
        }
        QCOMPARE(problems.rowCount(), Rows - Ids);
        QVERIFY(!table.index(0, 1).data(Qt::DecorationRole).isValid());

        // The file's own problems come and go (Save As) ahead of the rows'.
        SourceInfo source = document.source();
        source.notUtf8Line = 3;
        source.delimiter = ';';
        document.setSource(source);
        QCOMPARE(document.documentProblems().size(), 2);
        verifyProblemsCurrent(problems, document);
        source.delimiter = ',';
        document.setSource(source);
        verifyProblemsCurrent(problems, document);
        source.notUtf8Line = 0;
        document.setSource(source);
        QCOMPARE(problems.rowCount(), Rows - Ids);
        verifyProblemsCurrent(problems, document);
    }

    void quickFixes_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("fixed");
        QTest::newRow("trim spaces") << 3 << int(Description) << u"Spaced"_s;
        QTest::newRow("invalid active back to its default") << 1 << int(Active) << u"true"_s;
        QTest::newRow("day back to its default") << 1 << int(Day) << u"1"_s;
        QTest::newRow("long flag cleared") << 2 << int(Flag) << QString();
    }
    void quickFixes()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, fixed);
        auto document = openFixture();
        const QString before = document->value(row, column);
        const int problemsBefore = int(document->cellProblems(row, column).size());
        QVERIFY(problemsBefore > 0);
        const QList<QuickFix> fixes = QuickFixes::forCell(*document, row, column);
        QVERIFY(!fixes.isEmpty());
        fixes.first().apply(document.get(), &m_jobs);
        QCOMPARE(document->value(row, column), fixed);
        QCOMPARE(document->cellProblems(row, column).size(), problemsBefore - 1);
        document->undoStack()->undo();
        QCOMPARE(document->value(row, column), before);
    }

    void quickFixOfEveryProblemOfAKind_data()
    {
        QTest::addColumn<bool>("onAThread");
        QTest::newRow("worked out on the UI thread") << false;
        QTest::newRow("worked out on a worker thread") << true;
    }
    void quickFixOfEveryProblemOfAKind()
    {
        QFETCH(bool, onAThread);
        ReadOnlyJobs jobs(nullptr);
        if (onAThread)
            jobs.setBackgroundSize(0);
        const auto records = CsvReader::parse("account_id,description,flag1\n A,x ,ab\nB ,y,cd\n"_ba, u"t.csv"_s);
        QVERIFY(records);
        Document document(*records);
        const Diagnostic spaces = document.cellProblems(0, 0).first();
        const QList<QuickFix> fixes = QuickFixes::forProblem(document, spaces);
        QCOMPARE(fixes.size(), 2);
        QCOMPARE(fixes.last().cells.size(), 3);
        fixes.last().apply(&document, &jobs);
        QCOMPARE(document.value(0, 0), u"A"_s);
        QCOMPARE(document.value(0, 1), u"x"_s);
        QCOMPARE(document.value(1, 0), u"B"_s);
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.value(0, 1), u"x "_s);
        // Two long flags: the fix of this one, and of both.
        QCOMPARE(QuickFixes::forCell(document, 0, 2).size(), 2);
        // No obvious fix for a missing required value.
        const auto blank = CsvReader::parse("account_id,description\nA,\n"_ba, u"t.csv"_s);
        QVERIFY(blank);
        Document withBlank(*blank);
        QVERIFY(!withBlank.cellProblems(0, 1).isEmpty());
        QVERIFY(QuickFixes::forCell(withBlank, 0, 1).isEmpty());
    }

    void raggedRowIsAccepted()
    {
        const auto records = CsvReader::parse("account_id,description\nA,x,extra\nB,y\n"_ba, u"t.csv"_s);
        QVERIFY(records);
        Document document(*records);
        QVERIFY(document.rowHasErrors(0));
        const QList<QuickFix> fixes = QuickFixes::forCell(document, 0, 0);
        QCOMPARE(fixes.size(), 1);
        fixes.first().apply(&document, &m_jobs);
        QVERIFY(!document.rowHasErrors(0));
        document.undoStack()->undo();
        QVERIFY(document.rowHasErrors(0));
    }
};

QTEST_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
