// The merge of an update into a base (FORMATS.md section 6): the change list MergePlan makes
// and what ApplyUpdate writes, undoes and redoes, from real files through the real readers.

#include "../export/archivebuilder.h"
#include "commands.h"
#include "csvwriter.h"
#include "document.h"
#include "loader.h"
#include "merge.h"
#include "testhelpers.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <ranges>

using namespace Qt::StringLiterals;
using namespace ccedit;

namespace {

constexpr auto ExportName = "2024-03-01_0000_customer.json"_L1;
constexpr auto ArchivedExportName = "2024-03-01_0000_customer.json.gz"_L1;

QString kindName(ChangeKind kind)
{
    static const QStringList names{u"new"_s, u"gone"_s, u"reactivated"_s, u"changed"_s, u"unmatched"_s};
    return names.at(static_cast<int>(kind));
}

QString reasonName(UnmatchedReason reason)
{
    static const QStringList names{u"blank-id"_s, u"repeated-in-base"_s, u"repeated-in-update"_s};
    return names.at(static_cast<int>(reason));
}

// "changed A 2: description Old>New", "unmatched(repeated-in-base) A 3", "new C 2".
QStringList changeLines(const MergePlan &plan)
{
    QStringList lines;
    for (size_t index = 0; index < plan.changes().size(); ++index) {
        const RowChange &change = plan.changes()[index];
        QString line = kindName(change.kind);
        if (change.kind == ChangeKind::Unmatched)
            line += u'(' + reasonName(change.reason) + (change.inUpdate ? u", update)"_s : u", base)"_s);
        line += u' ' + plan.accountId(static_cast<qsizetype>(index)) + u' ' + QString::number(change.line);
        QStringList fields;
        for (int field = change.firstField; field < change.firstField + change.fieldCount; ++field)
            fields << plan.header().at(plan.fieldColumn(field)) + u' ' + stringFromUtf8(plan.fieldBefore(field))
                    + u'>' + stringFromUtf8(plan.fieldAfter(field));
        if (!fields.isEmpty())
            line += u": "_s + fields.join(u"; "_s);
        lines << line;
    }
    return lines;
}

QString counts(const MergePlan &plan)
{
    return u"new %1, changed %2, gone %3, reactivated %4, unchanged %5, unmatched %6"_s
        .arg(plan.count(ChangeKind::New))
        .arg(plan.count(ChangeKind::Changed))
        .arg(plan.count(ChangeKind::Gone))
        .arg(plan.count(ChangeKind::Reactivated))
        .arg(plan.unchangedCount())
        .arg(plan.count(ChangeKind::Unmatched));
}

QByteArray written(const Document &document, const WriteOptions &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter::write(document, buffer, options);
    return buffer.data();
}

// A JSON export of objects given as "account_id|customer_name[|external_id]".
QByteArray exportOf(const QStringList &customers)
{
    QStringList objects;
    for (const QString &customer : customers) {
        const QStringList parts = customer.split(u'|');
        QString object = u"{\"account_id\": \"%1\", \"customer_name\": \"%2\""_s.arg(parts.at(0), parts.at(1));
        if (parts.size() > 2)
            object += u", \"external_id\": \"%1\""_s.arg(parts.at(2));
        objects << object + u'}';
    }
    return (u"["_s + objects.join(u",\n"_s) + u"]\n"_s).toUtf8();
}

enum class UpdateKind { Csv, Export, Archive };

// An edit of the base before it is compared (comparesTheBaseAsEdited).
enum class BaseEdit { None, IdEditedAway, EditUndone, RepeatedRowRemoved, ColumnInsertedBefore, RowsSorted };

struct Merged {
    std::unique_ptr<Document> base;
    QByteArray baseWritten;
    std::optional<MergePlan> plan;
};

class tst_Merge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!testing::writeFile(path, bytes))
            return {};
        return path;
    }

    // Reads base and update as --merge does and compares them; the update is a CSV, an
    // export, or the newer of two exports in a tar.gz archive (the older one is all wrong).
    Merged compare(const QByteArray &baseCsv, const QByteArray &update, UpdateKind kind, const QStringList &constants,
                   GoneChoice gone)
    {
        Merged merged;
        auto baseRecords = readAnyFile(writeFile(u"base.csv"_s, baseCsv));
        if (!baseRecords) {
            qWarning() << baseRecords.error().toString();
            return merged;
        }
        merged.base = std::make_unique<Document>(std::move(*baseRecords));
        merged.baseWritten = written(*merged.base);

        QString updatePath;
        switch (kind) {
        case UpdateKind::Csv:
            updatePath = writeFile(u"update.csv"_s, update);
            break;
        case UpdateKind::Export:
            updatePath = writeFile(ExportName, update);
            break;
        case UpdateKind::Archive:
            updatePath = m_dir.filePath(u"exports.tar.gz"_s);
            if (!ArchiveBuilder::writeArchive(
                    updatePath, u"tar.gz"_s,
                    {{u"2024-02-01_0000_customer.json.gz"_s,
                      ArchiveBuilder::compressed(exportOf({u"OLD|Old export"_s}), u"gzip"_s)},
                     {ArchivedExportName, ArchiveBuilder::compressed(update, u"gzip"_s)}}))
                return merged;
            break;
        }
        Mapping mapping = Mapping::defaults();
        for (const QString &constant : constants) {
            if (!mapping.setConstant(constant))
                return merged;
        }
        auto read = readAnyFile(updatePath);
        if (!read) {
            qWarning() << read.error().toString();
            return merged;
        }
        auto records = updateRecords(std::move(*read), mapping);
        if (!records)
            return merged;
        auto plan = MergePlan::compare(*merged.base, *records, gone);
        if (plan)
            merged.plan = std::move(*plan);
        return merged;
    }

    // A CSV read as a document, as --merge reads its base (null when it cannot be read).
    std::unique_ptr<Document> readBase(const QByteArray &csv)
    {
        auto records = readAnyFile(writeFile(u"base.csv"_s, csv));
        return records ? std::make_unique<Document>(std::move(*records)) : nullptr;
    }

    // `base` compared with a CSV update, gone rows kept.
    std::expected<MergePlan, FatalError> compareWithCsv(const Document &base, const QByteArray &updateCsv)
    {
        auto read = readAnyFile(writeFile(u"update.csv"_s, updateCsv));
        if (!read)
            return std::unexpected(read.error());
        const auto records = updateRecords(std::move(*read), Mapping::defaults());
        if (!records)
            return std::unexpected(records.error());
        return MergePlan::compare(base, *records, GoneChoice::Keep);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Each rule of section 6: the change list, the counts and the whole merged file; then
    // undo gives back the base byte for byte and redo the merge.
    void mergeRules_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("update");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("constants");
        QTest::addColumn<int>("gone");
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<QString>("counts");
        QTest::addColumn<QByteArray>("result");

        const auto csv = int(UpdateKind::Csv);
        const auto json = int(UpdateKind::Export);
        const auto keep = int(GoneChoice::Keep);
        const auto deactivate = int(GoneChoice::Deactivate);
        const auto remove = int(GoneChoice::Remove);

        QTest::newRow("matched row takes provided fields and keeps the rest")
            << "account_id,description,rate_plan\nA,Old,Gold\nB,Same,Silver\n"_ba
            << "account_id,description\nB,Same\nA,New\n"_ba << csv << QStringList() << keep
            << QStringList{u"changed A 2: description Old>New"_s}
            << u"new 0, changed 1, gone 0, reactivated 0, unchanged 1, unmatched 0"_s
            << "account_id,description,rate_plan\nA,New,Gold\nB,Same,Silver\n"_ba;
        QTest::newRow("new rows appended in the update's order with blanks")
            << "account_id,description,rate_plan\nA,a,Gold\n"_ba << "description,account_id\nd,D\na,A\nc,C\n"_ba << csv
            << QStringList() << keep << QStringList{u"new D 2"_s, u"new C 4"_s}
            << u"new 2, changed 0, gone 0, reactivated 0, unchanged 1, unmatched 0"_s
            << "account_id,description,rate_plan\nA,a,Gold\nD,d,\nC,c,\n"_ba;
        QTest::newRow("a provided field the base lacks becomes a column")
            << "account_id,description,rate_plan\nA,a,Gold\nB,b,\n"_ba
            << "account_id,description,email\nA,a,a@example.org\nB,b,\n"_ba << csv << QStringList() << keep
            << QStringList{u"changed A 2: email_address >a@example.org"_s}
            << u"new 0, changed 1, gone 0, reactivated 0, unchanged 1, unmatched 0"_s
            << "account_id,description,rate_plan,email_address\nA,a,Gold,a@example.org\nB,b,,\n"_ba;
        QTest::newRow("an export provides its templates' fields")
            << "account_id,description,alt_account_id,contact_name\nA,Alpha,X1,Ann\nB,Beta,,Bob\n"_ba
            << exportOf({u"A|Alpha Ltd|X1"_s, u"B|Beta|X2"_s}) << json << QStringList() << keep
            << QStringList{u"changed A 2: description Alpha>Alpha Ltd"_s, u"changed B 3: alt_account_id >X2"_s}
            << u"new 0, changed 2, gone 0, reactivated 0, unchanged 0, unmatched 0"_s
            << "account_id,description,alt_account_id,contact_name\nA,Alpha Ltd,X1,Ann\nB,Beta,X2,Bob\n"_ba;
        QTest::newRow("constants fill new rows only")
            << "account_id,description,rate_plan\nA,Alpha,Gold\n"_ba << exportOf({u"A|Alpha"_s, u"C|Gamma"_s})
            << json << QStringList{u"rate_plan=Bronze"_s, u"accounting_day=5"_s} << keep
            << QStringList{u"new C 2"_s} << u"new 1, changed 0, gone 0, reactivated 0, unchanged 1, unmatched 0"_s
            << "account_id,description,rate_plan,alt_account_id,accounting_day\nA,Alpha,Gold,,\nC,Gamma,Bronze,,5\n"_ba;
        QTest::newRow("an archive as the update: its newest export")
            << "account_id,description\nA,Alpha\n"_ba << exportOf({u"A|Alpha"_s, u"N|Nu"_s})
            << int(UpdateKind::Archive) << QStringList() << keep << QStringList{u"new N 2"_s}
            << u"new 1, changed 0, gone 0, reactivated 0, unchanged 1, unmatched 0"_s
            << "account_id,description,alt_account_id\nA,Alpha,\nN,Nu,\n"_ba;
        QTest::newRow("gone rows kept")
            << "account_id,description\nA,a\nB,b\n"_ba << "account_id,description\nA,a\n"_ba << csv << QStringList()
            << keep << QStringList{u"gone B 3"_s}
            << u"new 0, changed 0, gone 1, reactivated 0, unchanged 1, unmatched 0"_s
            << "account_id,description\nA,a\nB,b\n"_ba;
        QTest::newRow("gone rows deactivated, an inactive one left")
            << "account_id,description,active\nA,a,true\nB,b,1\nC,c,0\nD,d,\n"_ba << "account_id,description\nA,a\n"_ba
            << csv << QStringList() << deactivate
            << QStringList{u"gone B 3: active 1>false"_s, u"gone C 4"_s, u"gone D 5: active >false"_s}
            << u"new 0, changed 0, gone 3, reactivated 0, unchanged 1, unmatched 0"_s
            << "account_id,description,active\nA,a,true\nB,b,false\nC,c,0\nD,d,false\n"_ba;
        QTest::newRow("deactivating adds active when the base lacks it")
            << "account_id,description\nA,a\nB,b\n"_ba << "account_id,description\nA,a\n"_ba << csv << QStringList()
            << deactivate << QStringList{u"gone B 3: active >false"_s}
            << u"new 0, changed 0, gone 1, reactivated 0, unchanged 1, unmatched 0"_s
            << "account_id,description,active\nA,a,\nB,b,false\n"_ba;
        QTest::newRow("reactivated from 0, false and FALSE, description too")
            << "account_id,description,active\nA,a,0\nB,b,false\nC,c,FALSE\nD,d,true\n"_ba
            << "account_id,description\nA,a\nB,bb\nC,c\nD,d\n"_ba << csv << QStringList() << deactivate
            << QStringList{u"reactivated A 2: active 0>true"_s, u"reactivated B 3: description b>bb; active false>true"_s,
                           u"reactivated C 4: active FALSE>true"_s}
            << u"new 0, changed 0, gone 0, reactivated 3, unchanged 1, unmatched 0"_s
            << "account_id,description,active\nA,a,true\nB,bb,true\nC,c,true\nD,d,true\n"_ba;
        QTest::newRow("keeping gone rows reactivates nothing")
            << "account_id,description,active\nA,a,0\n"_ba << "account_id,description\nA,a\n"_ba << csv
            << QStringList() << keep << QStringList()
            << u"new 0, changed 0, gone 0, reactivated 0, unchanged 1, unmatched 0"_s
            << "account_id,description,active\nA,a,0\n"_ba;
        QTest::newRow("gone rows removed, their comments to the next row")
            << "account_id,description\nA,a\n# before B\nB,b\nC,c\n# before D\nD,d\n"_ba
            << "account_id,description\nB,b\nE,e\n"_ba << csv << QStringList() << remove
            << QStringList{u"gone A 2"_s, u"gone C 5"_s, u"gone D 7"_s, u"new E 3"_s}
            << u"new 1, changed 0, gone 3, reactivated 0, unchanged 1, unmatched 0"_s
            << "account_id,description\n# before B\nB,b\nE,e\n# before D\n"_ba;
        QTest::newRow("an ID repeated in the base matches nothing")
            << "account_id,description\nA,a1\nA,a2\nB,b\n"_ba << "account_id,description\nA,new\nB,b\n"_ba << csv
            << QStringList() << deactivate
            << QStringList{u"unmatched(repeated-in-base, base) A 2"_s, u"unmatched(repeated-in-base, base) A 3"_s,
                           u"unmatched(repeated-in-base, update) A 2"_s}
            << u"new 0, changed 0, gone 0, reactivated 0, unchanged 1, unmatched 3"_s
            << "account_id,description\nA,a1\nA,a2\nB,b\n"_ba;
        QTest::newRow("an ID repeated in the update matches nothing")
            << "account_id,description\nA,a\n"_ba << "account_id,description\nA,x\nA,y\nN,n\nN,m\n"_ba << csv
            << QStringList() << deactivate
            << QStringList{u"unmatched(repeated-in-update, base) A 2"_s, u"unmatched(repeated-in-update, update) A 2"_s,
                           u"unmatched(repeated-in-update, update) A 3"_s, u"unmatched(repeated-in-update, update) N 4"_s,
                           u"unmatched(repeated-in-update, update) N 5"_s}
            << u"new 0, changed 0, gone 0, reactivated 0, unchanged 0, unmatched 5"_s
            << "account_id,description\nA,a\n"_ba;
        QTest::newRow("blank IDs on either side match nothing")
            << "account_id,description\n,no id\nA,a\n"_ba << "account_id,description\n,other\nA,a\n"_ba << csv
            << QStringList() << remove
            << QStringList{u"unmatched(blank-id, base)  2"_s, u"unmatched(blank-id, update)  2"_s}
            << u"new 0, changed 0, gone 0, reactivated 0, unchanged 1, unmatched 2"_s
            << "account_id,description\n,no id\nA,a\n"_ba;
        QTest::newRow("an ID of spaces only is blank, as the checks take it")
            << "account_id,description\n\"  \",spaces\nA,a\n"_ba << "account_id,description\n\"  \",other\nA,a\n"_ba
            << csv << QStringList() << remove
            << QStringList{u"unmatched(blank-id, base)    2"_s, u"unmatched(blank-id, update)    2"_s}
            << u"new 0, changed 0, gone 0, reactivated 0, unchanged 1, unmatched 2"_s
            << "account_id,description\n  ,spaces\nA,a\n"_ba;
        QTest::newRow("IDs compared exactly as written")
            << "account_id,description\nA,a\n"_ba << "account_id,description\na,a\nA ,a\n"_ba << csv << QStringList()
            << keep << QStringList{u"gone A 2"_s, u"new a 2"_s, u"new A  3"_s}
            << u"new 2, changed 0, gone 1, reactivated 0, unchanged 0, unmatched 0"_s
            << "account_id,description\nA,a\na,a\nA ,a\n"_ba;
        QTest::newRow("comments and CR LF line ends kept")
            << "# list\r\naccount_id,description\r\n# first\r\nA,a\r\nB,b\r\n# end\r\n"_ba
            << "account_id,description\nA,x\nC,c\n"_ba << csv << QStringList() << keep
            << QStringList{u"changed A 4: description a>x"_s, u"gone B 5"_s, u"new C 3"_s}
            << u"new 1, changed 1, gone 1, reactivated 0, unchanged 0, unmatched 0"_s
            << "# list\r\naccount_id,description\r\n# first\r\nA,x\r\nB,b\r\nC,c\r\n# end\r\n"_ba;
    }
    void mergeRules()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, update);
        QFETCH(int, kind);
        QFETCH(QStringList, constants);
        QFETCH(int, gone);
        QFETCH(QStringList, changes);
        QFETCH(QString, counts);
        QFETCH(QByteArray, result);

        Merged merged = compare(base, update, static_cast<UpdateKind>(kind), constants, static_cast<GoneChoice>(gone));
        QVERIFY(merged.plan);
        QCOMPARE(changeLines(*merged.plan), changes);
        QCOMPARE(::counts(*merged.plan), counts);

        Document &document = *merged.base;
        document.undoStack()->push(new ApplyUpdate(&document, *merged.plan));
        QCOMPARE(written(document), result);
        document.undoStack()->undo();
        QCOMPARE(written(document), merged.baseWritten);
        QVERIFY(!document.isModified());
        document.undoStack()->redo();
        QCOMPARE(written(document), result);
    }

    // The file for ccimport -u: the header and the new, changed, deactivated and reactivated
    // rows, no comments, no unchanged or kept rows.
    void changesOnly()
    {
        Merged merged = compare("# list\naccount_id,description,active\nA,a,0\nB,b,true\nC,c,true\nD,d,0\nE,e,1\n"_ba,
                                "account_id,description\nA,a\nC,cc\nD,d\nE,e\nN,n\n"_ba, UpdateKind::Csv, {},
                                GoneChoice::Deactivate);
        QVERIFY(merged.plan);
        Document &document = *merged.base;
        ApplyUpdate apply(&document, *merged.plan);
        apply.redo();
        WriteOptions options;
        options.comments = false;
        options.includeRow = [touched = apply.touchedRows(document.rowCount())](int row) {
            return bool(touched[static_cast<size_t>(row)]);
        };
        QCOMPARE(written(document, options),
                 "account_id,description,active\nA,a,true\nB,b,false\nC,cc,true\nD,d,true\nN,n,\n"_ba);
    }

    // A reviewed plan applied in part: the unticked change is not made, the plan's new column
    // comes all the same, and undo is one step.
    void partOfThePlan()
    {
        Merged merged = compare("account_id,description\nA,a\nB,b\n"_ba,
                                "account_id,description,email\nA,aa,\nB,bb,b@example.org\nC,c,\n"_ba, UpdateKind::Csv,
                                {}, GoneChoice::Keep);
        QVERIFY(merged.plan);
        QCOMPARE(changeLines(*merged.plan),
                 (QStringList{u"changed A 2: description a>aa"_s,
                              u"changed B 3: description b>bb; email_address >b@example.org"_s, u"new C 4"_s}));
        Document &document = *merged.base;
        document.undoStack()->push(new ApplyUpdate(&document, *merged.plan, {true, false, true}));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(written(document), "account_id,description,email_address\nA,aa,\nB,b,\nC,c,\n"_ba);
        document.undoStack()->undo();
        QCOMPARE(written(document), merged.baseWritten);
    }

    void nothingAcceptedIsObsolete()
    {
        Merged merged = compare("account_id,description\nA,a\n"_ba, "account_id,description\nA,b\n"_ba,
                                UpdateKind::Csv, {}, GoneChoice::Keep);
        QVERIFY(merged.plan);
        const ApplyUpdate apply(merged.base.get(), *merged.plan, {false});
        QVERIFY(apply.isObsolete());
    }

    void unmatchedRowIsAWarningNamingTheRow()
    {
        Merged merged = compare("account_id,description\nA,a\nA,b\n"_ba, "account_id,description\nA,x\n"_ba,
                                UpdateKind::Csv, {}, GoneChoice::Keep);
        QVERIFY(merged.plan);
        const Diagnostic warning = merged.plan->unmatchedDiagnostic(merged.plan->changes().at(1));
        QCOMPARE(warning.code, DiagnosticCode::UnmatchedRow);
        QCOMPARE(warning.severity, Severity::Warning);
        QCOMPARE(warning.line, 3);
        QVERIFY2(warning.message.contains(u"\"A\" occurs more than once in the base"_s), qPrintable(warning.message));
    }

    // Failure paths: nothing can be matched without an account_id column.
    void sideWithoutAccountIdIsFatal_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("update");
        QTest::addColumn<QString>("file");
        QTest::newRow("base") << "description\na\n"_ba << "account_id,description\nA,a\n"_ba << u"base.csv"_s;
        QTest::newRow("update") << "account_id,description\nA,a\n"_ba << "description\na\n"_ba << u"update.csv"_s;
    }
    void sideWithoutAccountIdIsFatal()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, update);
        QFETCH(QString, file);
        const auto document = readBase(base);
        QVERIFY(document);
        const auto plan = compareWithCsv(*document, update);
        QVERIFY(!plan);
        QVERIFY2(plan.error().file.endsWith(file), qPrintable(plan.error().file));
        QVERIFY(plan.error().message.contains(u"account_id"_s));
    }

    void templateNamingNoMemberIsFatal()
    {
        auto read = readAnyFile(writeFile(ExportName, exportOf({u"A|a"_s})));
        QVERIFY(read);
        Mapping mapping = Mapping::defaults();
        QVERIFY(mapping.setTemplate(u"description={no_such_member}"_s));
        const auto records = updateRecords(std::move(*read), mapping);
        QVERIFY(!records);
        QVERIFY(records.error().message.contains(u"no_such_member"_s));
    }

    // The base is compared as it is now, after edits: its index of account IDs follows them
    // (here with account_id in its second column). B is on two rows as read.
    void comparesTheBaseAsEdited_data()
    {
        QTest::addColumn<BaseEdit>("edit");
        QTest::addColumn<QStringList>("changes");
        const QStringList asRead{u"unmatched(repeated-in-base, base) B 3"_s, u"unmatched(repeated-in-base, base) B 4"_s,
                                 u"unmatched(repeated-in-base, update) B 3"_s, u"new D 5"_s};
        QTest::newRow("as read") << BaseEdit::None << asRead;
        QTest::newRow("a repeated ID edited away")
            << BaseEdit::IdEditedAway << QStringList{u"changed B 3: description beta>bee"_s, u"gone E 4"_s, u"new D 5"_s};
        QTest::newRow("that edit undone") << BaseEdit::EditUndone << asRead;
        QTest::newRow("a repeated row removed")
            << BaseEdit::RepeatedRowRemoved << QStringList{u"changed B 3: description beta>bee"_s, u"new D 5"_s};
        QTest::newRow("a column inserted before account_id") << BaseEdit::ColumnInsertedBefore << asRead;
        QTest::newRow("rows sorted by account ID, descending")
            << BaseEdit::RowsSorted
            << QStringList{u"unmatched(repeated-in-base, base) B 3"_s, u"unmatched(repeated-in-base, base) B 4"_s,
                           u"gone A 2"_s, u"unmatched(repeated-in-base, update) B 3"_s, u"new D 5"_s};
    }
    void comparesTheBaseAsEdited()
    {
        QFETCH(BaseEdit, edit);
        QFETCH(QStringList, changes);
        const auto document = readBase("description,account_id\nalpha,A\nbeta,B\nbeta2,B\ngamma,C\n"_ba);
        QVERIFY(document);
        Document &base = *document;
        QUndoStack *undo = base.undoStack();
        switch (edit) {
        case BaseEdit::None:
            break;
        case BaseEdit::IdEditedAway:
        case BaseEdit::EditUndone:
            undo->push(SetCellValues::single(&base, 2, 1, u"E"_s));
            if (edit == BaseEdit::EditUndone)
                undo->undo();
            break;
        case BaseEdit::RepeatedRowRemoved:
            undo->push(new RemoveRows(&base, {2}));
            break;
        case BaseEdit::ColumnInsertedBefore:
            undo->push(new InsertColumn(&base, 0, u"notes"_s));
            break;
        case BaseEdit::RowsSorted:
            undo->push(new SortRows(&base, 1, Qt::DescendingOrder));
            break;
        }
        // The update without A when the rows are sorted: gone rows come in the base's order.
        const QByteArray update = edit == BaseEdit::RowsSorted ? "account_id,description\nB,bee\nC,gamma\nD,delta\n"_ba
                                                               : "account_id,description\nA,alpha\nB,bee\nC,gamma\nD,delta\n"_ba;
        const auto plan = compareWithCsv(base, update);
        QVERIFY(plan);
        if (edit == BaseEdit::RowsSorted) { // the update's lines are one less: no A
            for (QString &line : changes)
                line.replace(u"update) B 3"_s, u"update) B 2"_s).replace(u"new D 5"_s, u"new D 4"_s);
        }
        QCOMPARE(changeLines(*plan), changes);
    }

    // Thousands of rows on each side: the IDs are looked up a batch of 1,024 at a time, the
    // update's unmatched and new rows too, and every kind comes out across batches.
    void manyRowsAcrossBatches()
    {
        QByteArray base = "account_id,description\n"_ba;
        for (int i = 0; i < 1500; ++i)
            base += "A" + QByteArray::number(i) + ",same\n";
        base += "A7,same\n"; // repeated in the base
        QByteArray update = "account_id,description\n"_ba;
        for (int i = 0; i < 3000; ++i)
            update += (i % 100 == 50 ? QByteArray() : "A" + QByteArray::number(i)) + ",same\n"; // 30 blank IDs
        update += "A2500,same\n"; // repeated in the update
        const auto document = readBase(base);
        QVERIFY(document);
        const auto plan = compareWithCsv(*document, update);
        QVERIFY(plan);
        // Gone: the 15 base IDs blank in the update. New: A1500 to A2999 but the blank and A2500.
        // Unmatched: A7 twice in the base and once in the update, 30 blank, A2500 twice.
        QCOMPARE(counts(*plan), u"new 1484, changed 0, gone 15, reactivated 0, unchanged 1484, unmatched 35"_s);
        const std::vector<RowChange> &changes = plan->changes();
        const auto newRows = std::ranges::count_if(changes, [](const RowChange &c) { return c.kind == ChangeKind::New; });
        QCOMPARE(newRows, 1484);
        QCOMPARE(plan->accountId(static_cast<qsizetype>(changes.size() - 1)), u"A2500"_s); // the update's last row
        QVERIFY(std::ranges::is_sorted(changes | std::views::filter([](const RowChange &c) { return c.inUpdate; }),
                                       {}, &RowChange::row));
    }

    void isInactiveValues_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("inactive");
        QTest::newRow("0") << "0"_ba << true;
        QTest::newRow("false") << "false"_ba << true;
        QTest::newRow("FALSE") << "FALSE"_ba << true;
        QTest::newRow("False") << "False"_ba << true;
        QTest::newRow("1") << "1"_ba << false;
        QTest::newRow("true") << "true"_ba << false;
        QTest::newRow("blank (default true)") << QByteArray() << false;
        QTest::newRow("no") << "no"_ba << false;
        QTest::newRow("falsey") << "falsey"_ba << false;
    }
    void isInactiveValues()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, inactive);
        QCOMPARE(isInactive(value), inactive);
    }
};

} // namespace

QTEST_GUILESS_MAIN(tst_Merge)
#include "tst_merge.moc"
