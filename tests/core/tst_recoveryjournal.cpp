#include "commands.h"
#include "csvreader.h"
#include "merge.h"
#include "coretesthelpers.h"
#include "document.h"
#include "journalkeeper.h"
#include "journalpayloads.h"
#include "loader.h"
#include "mapping.h"
#include "recoveryjournal.h"
#include "testhelpers.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ccedit;
using namespace ccedit::testing;

using Edit = std::function<void(Document *)>;
Q_DECLARE_METATYPE(Edit)

namespace {

void push(Document *document, QUndoCommand *command)
{
    document->undoStack()->push(command);
}

void type(Document *document, int row, int column, const QString &value)
{
    document->undoStack()->push(SetCellValues::single(document, row, column, value));
}

// Why `result` failed, for a test's message (nothing when it did not).
template <typename T>
const char *failure(const std::expected<T, QString> &result)
{
    static QByteArray message;
    message = result ? QByteArray() : result.error().toUtf8();
    return message.constData();
}

} // namespace

class TestRecoveryJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString journalPath() const { return m_dir.filePath(u"test.ccjournal"_s); }

    // Replays the journal at `path` onto a document read from `file`, and checks that it is
    // `document` again, with its undo history: cell for cell, and with the same problems
    // unless the file was saved by the editor (which writes ragged rows whole).
    void checkRestores(Document &document, RecordSet file, const QString &path, bool sameProblems = true)
    {
        const auto same = [sameProblems](const Document &a, const Document &b) {
            return sameProblems ? snapshot(a) == snapshot(b)
                                : a.header() == b.header() && allValues(a) == allValues(b)
                    && snapshot(a).commentTexts == snapshot(b).commentTexts;
        };
        const auto journal = readJournal(path);
        QVERIFY2(journal, failure(journal));
        QVERIFY(!journal->cutShort);
        Document restored(std::move(file));
        const auto replayed = replayJournal(restored, *journal);
        QVERIFY2(replayed, failure(replayed));
        QVERIFY(same(restored, document));
        QVERIFY(restored.isModified());
        QUndoStack *stack = restored.undoStack();
        QCOMPARE(stack->index(), document.undoStack()->index());
        QCOMPARE(stack->count(), document.undoStack()->count());
        for (int index : {0, stack->count()}) {
            stack->setIndex(index);
            document.undoStack()->setIndex(index);
            QVERIFY(same(restored, document));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QFile::remove(journalPath()); }

    void editRoundTrip_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::newRow("typing into a cell") << Edit([](Document *d) { type(d, 0, 1, u"Typed"_s); });
        QTest::newRow("typing merged into one step") << Edit([](Document *d) {
            for (const QString &value : {u"T"_s, u"Ty"_s, u"Typed"_s})
                type(d, 0, 1, value);
        });
        QTest::newRow("typing back the old value drops the step") << Edit([](Document *d) {
            type(d, 2, 1, u"z"_s);
            type(d, 0, 1, u"x"_s);
            type(d, 0, 1, u"First"_s);
        });
        QTest::newRow("fill down") << Edit([](Document *d) {
            CellEdits edits;
            for (int row = 1; row < d->rowCount(); ++row)
                edits.appendIfChanged(d->cells(), CellPosition{row, 2}, d->cells().value(0, 2));
            QVERIFY(SetCellValues::push(d, std::move(edits), u"Fill Down"_s));
        });
        QTest::newRow("replace all") << Edit([](Document *d) {
            push(d, new SetCellValues(d, QList<CellChange>{{0, 0, u"Z"_s}, {3, 0, u"Z"_s}, {3, 1, u""_s}},
                                                   u"Replace All"_s));
        });
        QTest::newRow("insert rows") << Edit([](Document *d) {
            push(d, new InsertRows(d, 2, QList<QStringList>{{u"N"_s, u"New"_s}, {u"M"_s}}));
        });
        QTest::newRow("delete rows") << Edit([](Document *d) { push(d, new RemoveRows(d, {0, 2, 3})); });
        QTest::newRow("insert column") << Edit([](Document *d) { push(d, new InsertColumn(d, 2, u"flag2"_s)); });
        QTest::newRow("remove column") << Edit([](Document *d) { push(d, new RemoveColumn(d, 1)); });
        QTest::newRow("sort") << Edit([](Document *d) { push(d, new SortRows(d, 1, Qt::DescendingOrder)); });
        QTest::newRow("accept ragged rows") << Edit([](Document *d) { push(d, new AcceptRaggedRows(d, {1})); });
        QTest::newRow("paste with new rows (a macro)") << Edit([](Document *d) {
            QUndoStack *stack = d->undoStack();
            stack->beginMacro(u"Paste"_s);
            stack->push(new InsertRows(d, d->rowCount(), QList<QStringList>(2)));
            const QList<CellChange> pasted{{3, 0, u"P"_s}, {4, 0, u"Q"_s}, {5, 1, u"R"_s}};
            stack->push(new SetCellValues(d, pasted, u"Paste"_s));
            stack->endMacro();
        });
        QTest::newRow("undo") << Edit([](Document *d) {
            type(d, 0, 1, u"kept"_s);
            push(d, new RemoveRows(d, {2}));
            d->undoStack()->undo();
        });
        QTest::newRow("undo and redo") << Edit([](Document *d) {
            push(d, new SortRows(d, 0, Qt::DescendingOrder));
            type(d, 0, 1, u"x"_s);
            d->undoStack()->undo();
            d->undoStack()->undo();
            d->undoStack()->redo();
        });
        QTest::newRow("an edit after undo drops the redo") << Edit([](Document *d) {
            type(d, 0, 1, u"x"_s);
            type(d, 1, 1, u"y"_s);
            d->undoStack()->undo();
            push(d, new InsertColumn(d, 0, u"notes"_s));
        });
        QTest::newRow("rename column") << Edit([](Document *d) { push(d, new RenameColumn(d, 4, u"Notes"_s)); });
        // Removes the gone row, adds a column, changes a row and appends one, in one step.
        QTest::newRow("update from an export") << Edit([](Document *d) {
            auto read = CsvReader::parse("account_id,description,rate_plan\nB,Second,Gold\nD,New,\n"_ba, u"update.csv"_s);
            QVERIFY(read.has_value());
            auto update = updateRecords(std::move(*read), Mapping::defaults());
            QVERIFY(update.has_value());
            auto plan = MergePlan::compare(*d, *update, GoneChoice::Remove);
            QVERIFY(plan.has_value());
            push(d, new ApplyUpdate(d, *plan));
        });
        QTest::newRow("change the mapping (every row and column replaced)") << Edit([](Document *d) {
            push(d, new ReplaceTable(d,
                                     makeRecords({u"account_id"_s, u"description"_s, u"notes"_s},
                                                 {{u"X"_s, u"Mapped anew"_s, u"n"_s}, {u"Y"_s, {}, {}}}),
                                     u"Change Mapping"_s));
            type(d, 1, 1, u"typed after"_s);
        });
        QTest::newRow("undone to the file and redone") << Edit([](Document *d) {
            type(d, 0, 1, u"x"_s);
            push(d, new RemoveColumn(d, 3));
            d->undoStack()->setIndex(0);
            d->undoStack()->redo();
        });
    }

    void editRoundTrip()
    {
        QFETCH(Edit, edit);
        Document document(sampleWithRaggedRow());
        JournalKeeper keeper(&document, JournalSource(), journalPath());
        edit(&document);
        keeper.waitForWrites();
        QVERIFY(document.isModified());
        checkRestores(document, sampleWithRaggedRow(), journalPath());
    }

    // A list of values is written whole (its bytes, then where each value is in them); one
    // read back gives the same values, repeats included, and a place outside the bytes is
    // refused rather than read.
    void valuesRoundTrip_data()
    {
        QTest::addColumn<QList<QByteArray>>("values");
        QTest::newRow("none") << QList<QByteArray>();
        QTest::newRow("repeats and blanks") << QList<QByteArray>{"a", "a", "", "", "bc", "a"};
        QTest::newRow("non-ASCII") << QList<QByteArray>{"Müller", "東京", "Ñandú"};
    }
    void valuesRoundTrip()
    {
        QFETCH(QList<QByteArray>, values);
        CellValueList list;
        for (const QByteArray &value : values)
            list.append(value);
        QByteArray bytes;
        JournalBytesWriter out(bytes);
        JournalPayloads::writeValues(out, list);
        JournalBytesReader in(bytes);
        const CellValueList read = JournalPayloads::readValues(in);
        QVERIFY(!in.failed());
        QVERIFY(in.atEnd());
        QCOMPARE(read.size(), values.size());
        for (qsizetype i = 0; i < values.size(); ++i)
            QCOMPARE(read.at(i), values.at(i));
    }

    void valuesOutsideTheirBytesAreRefused_data()
    {
        QTest::addColumn<quint32>("start");
        QTest::addColumn<quint32>("length");
        QTest::newRow("runs past the end") << 2u << 5u;
        QTest::newRow("starts past the end") << 4u << 0u;
        QTest::newRow("wraps around") << 0xffffffffu << 2u;
    }
    void valuesOutsideTheirBytesAreRefused()
    {
        QFETCH(quint32, start);
        QFETCH(quint32, length);
        QByteArray bytes;
        JournalBytesWriter out(bytes);
        out.writeBytes("abc");
        out.writeU32(1);
        out.writeU32(start);
        out.writeU32(length);
        JournalBytesReader in(bytes);
        QCOMPARE(JournalPayloads::readValues(in).size(), 0);
        QVERIFY(in.failed());
    }

    // A removed row keeps how it was read (its flags are one byte in the journal): a ragged
    // row, and one whose quoted value ran to the end of the file.
    void removedRowsKeepTheirOrigin()
    {
        const QByteArray text = "account_id,description\nA,one,extra\nB,\"runs to the end\n"_ba;
        const auto read = [&text] {
            auto records = CsvReader::parse(text, u"origins.csv"_s);
            return records ? std::move(*records) : RecordSet();
        };
        QVERIFY(CsvReader::parse(text, u"origins.csv"_s).has_value());
        Document document(read());
        QVERIFY(document.cells().origin(0).ragged);
        QVERIFY(document.cells().origin(1).unterminatedQuote);
        JournalKeeper keeper(&document, JournalSource(), journalPath());
        push(&document, new RemoveRows(&document, {0, 1}));
        keeper.waitForWrites();
        const auto journal = readJournal(journalPath());
        QVERIFY2(journal, failure(journal));
        Document restored(read());
        QVERIFY(replayJournal(restored, *journal));
        QCOMPARE(restored.rowCount(), 0);
        restored.undoStack()->undo(); // the rows come back from the journal's payload
        QVERIFY(restored.cells().origin(0).ragged);
        QVERIFY(restored.cells().origin(1).unterminatedQuote);
        checkRestores(document, read(), journalPath());
    }

    // Saved after the edit, then undone below the save: the commands the file already holds
    // are undone from their journaled payloads.
    void editUndoneBelowASaveRoundTrip_data() { editRoundTrip_data(); }
    void editUndoneBelowASaveRoundTrip()
    {
        QFETCH(Edit, edit);
        Document document(sampleWithRaggedRow());
        JournalKeeper keeper(&document, JournalSource(), journalPath());
        edit(&document);
        document.undoStack()->setClean();
        JournalSource savedFile;
        savedFile.path = m_dir.filePath(u"saved.csv"_s);
        keeper.setSource(savedFile);
        const RecordSet saved = recordsLike(document);
        type(&document, 0, 0, u"after the save"_s);
        document.undoStack()->setIndex(0);
        keeper.waitForWrites();
        QVERIFY(document.isModified());
        checkRestores(document, saved, journalPath(), false);
    }

    void changedSourceWhereEveryEditApplies()
    {
        Document document(sampleWithRaggedRow());
        JournalKeeper keeper(&document, JournalSource(), journalPath());
        type(&document, 0, 1, u"edited"_s);
        keeper.waitForWrites();
        RecordSet changed = sampleWithRaggedRow();
        changed.cells.setValue(2, 1, "changed elsewhere");
        const auto journal = readJournal(journalPath());
        QVERIFY(journal);
        Document restored(std::move(changed));
        QVERIFY(replayJournal(restored, *journal));
        QCOMPARE(restored.value(0, 1), u"edited"_s);
        QCOMPARE(restored.value(2, 1), u"changed elsewhere"_s);
    }

    void changedSourceWhereAnEditDoesNotApply_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<Edit>("change");
        QTest::newRow("a typed cell changed") << Edit([](Document *d) { type(d, 0, 1, u"edited"_s); })
                                              << Edit([](Document *d) { type(d, 0, 1, u"theirs"_s); });
        QTest::newRow("removed rows changed") << Edit([](Document *d) { push(d, new RemoveRows(d, {2})); })
                                              << Edit([](Document *d) { type(d, 2, 0, u"theirs"_s); });
        QTest::newRow("rows gone") << Edit([](Document *d) { type(d, 3, 1, u"edited"_s); })
                                   << Edit([](Document *d) { push(d, new RemoveRows(d, {3})); });
        QTest::newRow("a column gone") << Edit([](Document *d) { push(d, new RemoveColumn(d, 4)); })
                                       << Edit([](Document *d) { push(d, new RemoveColumn(d, 4)); });
        QTest::newRow("sorted rows gone") << Edit([](Document *d) { push(d, new SortRows(d, 1, Qt::AscendingOrder)); })
                                          << Edit([](Document *d) { push(d, new RemoveRows(d, {0})); });
    }

    void changedSourceWhereAnEditDoesNotApply()
    {
        QFETCH(Edit, edit);
        QFETCH(Edit, change);
        Document document(sampleWithRaggedRow());
        JournalKeeper keeper(&document, JournalSource(), journalPath());
        edit(&document);
        keeper.waitForWrites();
        Document other(sampleWithRaggedRow());
        change(&other);
        const auto journal = readJournal(journalPath());
        QVERIFY(journal);
        Document restored(recordsLike(other));
        const auto replayed = replayJournal(restored, *journal);
        QVERIFY(!replayed);
        QVERIFY2(replayed.error().contains(u"does not apply"_s), failure(replayed));
    }

    void stampTellsAChangedFile()
    {
        const QString path = m_dir.filePath(u"stamped.csv"_s);
        QVERIFY(writeFile(path, "account_id\nA\n"));
        const auto before = stampFile(path);
        QVERIFY(before && before->isTaken());
        QCOMPARE(stampFile(path), before);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QDateTime modified = file.fileTime(QFileDevice::FileModificationTime);
        QVERIFY(file.seek(11));
        QCOMPARE(file.write("B"), 1);
        file.close();
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        file.close();
        const auto after = stampFile(path);
        QVERIFY(after);
        QCOMPARE(after->size, before->size);
        QCOMPARE(after->modified, before->modified);
        QVERIFY(after->digest != before->digest);
    }

    // Cut at every byte of its last entry (a crash while it was written), a journal gives back
    // the edits before it.
    void truncatedJournalKeepsTheCompleteEntries()
    {
        Document document(sampleWithRaggedRow());
        JournalKeeper keeper(&document, JournalSource(), journalPath());
        type(&document, 0, 1, u"first"_s);
        document.undoStack()->push(new RemoveRows(&document, {2}));
        keeper.waitForWrites();
        const qint64 complete = QFileInfo(journalPath()).size();
        const Snapshot expected = snapshot(document);
        document.undoStack()->push(new SortRows(&document, 1, Qt::AscendingOrder));
        keeper.waitForWrites();
        const QByteArray bytes = fileBytes(journalPath());
        QVERIFY(bytes.size() > complete);
        const QString cutPath = m_dir.filePath(u"cut.ccjournal"_s);
        for (qint64 cut = complete; cut < bytes.size(); ++cut) {
            QVERIFY(writeFile(cutPath, bytes.first(cut)));
            const auto journal = readJournal(cutPath);
            QVERIFY2(journal, failure(journal));
            QCOMPARE(journal->cutShort, cut > complete);
            Document restored(sampleWithRaggedRow());
            QVERIFY(replayJournal(restored, *journal));
            QVERIFY2(snapshot(restored) == expected, qPrintable(u"cut at %1"_s.arg(cut)));
        }
    }

    void damagedJournalIsNotOne()
    {
        QVERIFY(writeFile(journalPath(), "account_id\nA\n"));
        QVERIFY(!readJournal(journalPath()));
        QVERIFY(!readJournalSource(journalPath()));
    }

    // An export opened through a mapping is journaled with it, and read again with it.
    void exportJournalNamesItsMapping()
    {
        const QString path = m_dir.filePath(u"2024-06-01_0800_customer.json"_s);
        QVERIFY(writeFile(path, R"([{"customer_name": "Nordhaven", "reseller_name": "North", "account_id": "N1"},
                                    {"customer_name": "Halden", "reseller_name": "South", "account_id": "H2"}])"));
        Mapping mapping = Mapping::defaults();
        QVERIFY(mapping.setTemplate(u"description={customer_name} ({reseller_name})"_s));
        QVERIFY(mapping.setConstant(u"active=1"_s));
        const auto read = readAnyFile(path);
        QVERIFY(read);
        auto mapped = applyMapping(mapping, *read);
        QVERIFY(mapped);
        Document document(std::move(*mapped));
        const auto stamp = stampFile(path);
        QVERIFY(stamp);
        JournalSource source;
        source.path = path;
        source.kind = SourceKind::Export;
        source.encoding = u"UTF-8"_s;
        source.mapping = mapping;
        source.stamp = *stamp;
        JournalKeeper keeper(&document, source, journalPath());
        type(&document, 1, document.header().indexOf(u"description"_s), u"Halden Energi"_s);
        keeper.waitForWrites();

        const auto journal = readJournal(journalPath());
        QVERIFY(journal);
        QCOMPARE(readJournalSource(journalPath()), journal->source);
        JournalSource expected = source;
        expected.started = journal->source.started;
        QVERIFY(journal->source == expected);
        QVERIFY(journal->source.started.isValid());
        auto again = applyMapping(journal->source.mapping, *readAnyFile(journal->source.path));
        QVERIFY(again);
        checkRestores(document, std::move(*again), journalPath());
    }

    void journalIsTheUsersOnlyAndGoesWithTheChanges()
    {
        Document document(sampleWithRaggedRow());
        {
            JournalKeeper keeper(&document, JournalSource(), journalPath());
            keeper.waitForWrites();
            QVERIFY(!QFile::exists(journalPath())); // nothing unsaved yet
            type(&document, 0, 1, u"x"_s);
            keeper.waitForWrites();
            QVERIFY(QFile::exists(journalPath()));
            const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                | QFileDevice::WriteOther;
            QCOMPARE(QFile::permissions(journalPath()) & others, QFileDevice::Permissions());
            document.undoStack()->setClean(); // saved
            keeper.waitForWrites();
            QVERIFY(!QFile::exists(journalPath()));
            type(&document, 0, 1, u"y"_s);
            document.undoStack()->undo(); // back at the file
            keeper.waitForWrites();
            QVERIFY(!QFile::exists(journalPath()));
            document.undoStack()->redo();
            keeper.waitForWrites();
            QVERIFY(QFile::exists(journalPath()));
        }
        QVERIFY(!QFile::exists(journalPath())); // closed: the changes were saved or discarded
    }

    void unwritableFolderIsReportedOnce()
    {
        // A file where the folder would be: it cannot be made, even by root (whom a read-only
        // folder does not stop).
        const QString blocker = m_dir.filePath(u"not-a-folder"_s);
        QVERIFY(writeFile(blocker, "x"));
        Document document(sampleWithRaggedRow());
        JournalKeeper keeper(&document, JournalSource(), blocker + u"/recovery/test.ccjournal"_s);
        QSignalSpy failures(&keeper, &JournalKeeper::writeFailed);
        for (const QString &value : {u"a"_s, u"b"_s, u"c"_s})
            type(&document, 2, 1, value);
        document.undoStack()->push(new RemoveRows(&document, {0}));
        document.undoStack()->undo();
        keeper.waitForWrites();
        QTRY_COMPARE(failures.size(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(failures.size(), 1);
        QCOMPARE(document.value(2, 1), u"c"_s); // editing went on
    }
};

QTEST_GUILESS_MAIN(TestRecoveryJournal)
#include "tst_recoveryjournal.moc"
