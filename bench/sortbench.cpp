// ccedit-sortbench: how long sorting a big document by a column takes, in its parts (see
// SortController): copying the column and applying the order happen on the UI thread, where
// they freeze the window; computing the order happens on a worker thread. Then how long
// Filter by Value takes to count a column's distinct values (on a worker past 20,000 rows).
//
//   ccedit-sortbench [--repeat K] FILE     (FILE made with: ccedit-bench generate --kind csv)

#include "benchtr.h"
#include "timing.h"

#include "commands.h"
#include "document.h"
#include "loader.h"
#include "sortorder.h"
#include "valuefilter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ccedit;
using namespace ccedit::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ccedit-sortbench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Bench::tr("Times sorting the rows of FILE by a text, a hierarchical and an integer column."));
    parser.addHelpOption();
    const QCommandLineOption repeat(u"repeat"_s, Bench::tr("Timed runs per column and order."), u"K"_s, u"5"_s);
    parser.addOption(repeat);
    parser.addPositionalArgument(u"FILE"_s, Bench::tr("A ccimport CSV (ccedit-bench generate --kind csv)."));
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok = false;
    const int runs = parser.value(repeat).toInt(&ok);
    if (!ok || runs < 1 || parser.positionalArguments().size() != 1) {
        err << Bench::tr("usage: ccedit-sortbench [--repeat K] FILE (K a whole number of at least 1)") << Qt::endl;
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    auto records = readAnyFile(parser.positionalArguments().first());
    if (!records) {
        err << records.error().message << Qt::endl;
        return 1;
    }
    Document document(std::move(*records));
    out << Bench::tr("%1: %2 rows, read and checked in %3 s; best and median of %4 runs:")
               .arg(parser.positionalArguments().first())
               .arg(document.rowCount())
               .arg(seconds(timer), 0, 'f', 2)
               .arg(runs)
        << Qt::endl;

    const QString format = u"%1 %2 %3 %4 %5 %6"_s;
    out << format.arg(Bench::tr("column"), -20)
               .arg(Bench::tr("order"), -11)
               .arg(Bench::tr("copy column (UI)"), 18)
               .arg(Bench::tr("compute order (worker)"), 18)
               .arg(Bench::tr("apply SortRows (UI)"), 18)
               .arg(Bench::tr("undo (UI)"), 18)
        << Qt::endl;
    for (const QString &field : {u"description"_s, u"account_id"_s, u"accounting_day"_s}) {
        const int column = static_cast<int>(document.header().indexOf(field));
        if (column < 0) {
            err << Bench::tr("%1 has no column %2.").arg(parser.positionalArguments().first(), field) << Qt::endl;
            return 1;
        }
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            std::vector<double> copy, compute, apply, undo;
            for (int run = 0; run < runs; ++run) {
                timer.restart();
                const ColumnSnapshot snapshot = ColumnSnapshot::take(document, column);
                copy.push_back(seconds(timer));
                timer.restart();
                std::vector<int> rowOrder = sortedRowOrder(snapshot, order);
                compute.push_back(seconds(timer));
                timer.restart();
                document.undoStack()->push(new SortRows(&document, std::move(rowOrder)));
                apply.push_back(seconds(timer));
                timer.restart();
                document.undoStack()->undo();
                undo.push_back(seconds(timer));
            }
            out << format.arg(field, -20)
                       .arg(order == Qt::AscendingOrder ? Bench::tr("ascending") : Bench::tr("descending"), -11)
                       .arg(bestAndMedian(copy), 18)
                       .arg(bestAndMedian(compute), 18)
                       .arg(bestAndMedian(apply), 18)
                       .arg(bestAndMedian(undo), 18)
                << Qt::endl;
        }
    }
    out << Bench::tr("Filter by Value, counting the distinct values of a column (worker), best and median:") << Qt::endl;
    for (const QString &field : {u"description"_s, u"account_id"_s, u"accounting_day"_s, u"rate_plan"_s}) {
        const int column = static_cast<int>(document.header().indexOf(field));
        if (column < 0)
            continue;
        std::vector<double> counting;
        size_t distinct = 0;
        for (int run = 0; run < runs; ++run) {
            timer.restart();
            distinct = countValues(document.cells(), column).size();
            counting.push_back(seconds(timer));
        }
        out << u"%1 %2 %3"_s.arg(field, -20).arg(Bench::tr("%1 values").arg(distinct), -16).arg(bestAndMedian(counting))
            << Qt::endl;
    }
    return 0;
}
