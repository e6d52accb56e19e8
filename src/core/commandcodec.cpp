#include "commandcodec.h"

#include "commands.h"
#include "journalbytes.h"
#include "journalpayloads.h"

#include <QSet>

#include <typeinfo>

namespace ccedit {
namespace {

using namespace JournalPayloads;

enum class Kind : quint8 {
    SetCellValues = 1,
    InsertRows,
    RemoveRows,
    InsertColumn,
    RemoveColumn,
    SortRows,
    AcceptRaggedRows,
    Macro, // a QUndoStack macro: a plain QUndoCommand whose children do the work
    RenameColumn,
    ReplaceTable,
};

// A QUndoStack macro, or ApplyUpdate, whose work is its children too: both are journaled,
// and replayed, as a plain macro of their children.
bool isMacro(const QUndoCommand &command)
{
    return typeid(command) == typeid(QUndoCommand) || dynamic_cast<const ApplyUpdate *>(&command);
}

bool isPermutation(const std::vector<int> &order)
{
    std::vector<bool> seen(order.size());
    for (int row : order) {
        if (row < 0 || static_cast<size_t>(row) >= order.size() || seen[static_cast<size_t>(row)])
            return false;
        seen[static_cast<size_t>(row)] = true;
    }
    return true;
}

// Whether rows [row, row + count) of the document hold `values`, row by row.
bool rowsHold(const Document &document, int row, int count, const CellValueList &values)
{
    const int columns = document.columnCount();
    if (row < 0 || count < 0 || row + count > document.rowCount() || values.size() != qsizetype(count) * columns)
        return false;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (document.cells().value(row + int(i / columns), int(i % columns)) != values.at(i))
            return false;
    }
    return true;
}

} // namespace

// Reads one command (and a macro's children) made with `parent`; nullptr when the bytes are
// not one. The caller owns a command without parent.
static QUndoCommand *readCommand(Document *document, JournalBytesReader &in, QUndoCommand *parent);

CommandCodec::Encoder CommandCodec::encoder(const QUndoCommand &command)
{
    if (const auto *set = dynamic_cast<const SetCellValues *>(&command)) {
        return [edits = set->m_edits, text = set->text(), typing = set->m_typing](QByteArray &bytes) {
            JournalBytesWriter out(bytes);
            out.writeU8(quint8(Kind::SetCellValues));
            out.writeU8(typing ? 1 : 0);
            out.writeString(text);
            writeEdits(out, *edits);
        };
    }
    if (const auto *insert = dynamic_cast<const InsertRows *>(&command)) {
        return [row = insert->m_row, count = insert->m_count, values = insert->m_values](QByteArray &bytes) {
            JournalBytesWriter out(bytes);
            out.writeU8(quint8(Kind::InsertRows));
            out.writeI32(row);
            out.writeI32(count);
            writeValues(out, *values);
        };
    }
    if (const auto *remove = dynamic_cast<const RemoveRows *>(&command)) {
        return [runs = remove->m_runs, comments = remove->m_comments](QByteArray &bytes) {
            JournalBytesWriter out(bytes);
            out.writeU8(quint8(Kind::RemoveRows));
            out.writeU32(static_cast<quint32>(runs.size()));
            for (const RemoveRows::Run &run : runs) {
                out.writeI32(run.row);
                out.writeI32(run.count);
                writeValues(out, run.values);
                writeOrigins(out, run.origins);
            }
            writeComments(out, comments);
        };
    }
    if (const auto *insert = dynamic_cast<const InsertColumn *>(&command)) {
        return [column = insert->m_column, name = insert->m_headerName](QByteArray &bytes) {
            JournalBytesWriter out(bytes);
            out.writeU8(quint8(Kind::InsertColumn));
            out.writeI32(column);
            out.writeString(name);
        };
    }
    if (const auto *remove = dynamic_cast<const RemoveColumn *>(&command)) {
        return [column = remove->m_column, name = remove->m_headerName, values = remove->m_values](QByteArray &bytes) {
            JournalBytesWriter out(bytes);
            out.writeU8(quint8(Kind::RemoveColumn));
            out.writeI32(column);
            out.writeString(name);
            writeValues(out, *values);
        };
    }
    if (const auto *sort = dynamic_cast<const SortRows *>(&command)) {
        return [order = sort->m_order, comments = sort->m_commentsBefore](QByteArray &bytes) {
            JournalBytesWriter out(bytes);
            out.writeU8(quint8(Kind::SortRows));
            out.writeU32(static_cast<quint32>(order->size()));
            for (int row : *order)
                out.writeI32(row);
            writeComments(out, comments);
        };
    }
    if (const auto *accept = dynamic_cast<const AcceptRaggedRows *>(&command)) {
        return [rows = accept->m_rows](QByteArray &bytes) {
            JournalBytesWriter out(bytes);
            out.writeU8(quint8(Kind::AcceptRaggedRows));
            writeRows(out, rows);
        };
    }
    if (const auto *rename = dynamic_cast<const RenameColumn *>(&command)) {
        return [column = rename->m_column, oldName = rename->m_oldName, name = rename->m_newName](QByteArray &bytes) {
            JournalBytesWriter out(bytes);
            out.writeU8(quint8(Kind::RenameColumn));
            out.writeI32(column);
            out.writeString(oldName);
            out.writeString(name);
        };
    }
    if (const auto *replace = dynamic_cast<const ReplaceTable *>(&command)) {
        return [text = replace->text(), before = replace->m_before, after = replace->m_after](QByteArray &bytes) {
            JournalBytesWriter out(bytes);
            out.writeU8(quint8(Kind::ReplaceTable));
            out.writeString(text);
            for (const auto &table : {before, after}) {
                writeHeader(out, table->header);
                out.writeI32(table->rowCount);
                writeValues(out, table->values);
                writeOrigins(out, table->origins);
                writeComments(out, table->comments);
            }
        };
    }
    if (isMacro(command) && command.childCount() > 0) {
        std::vector<Encoder> children;
        for (int i = 0; i < command.childCount(); ++i) {
            children.push_back(encoder(*command.child(i)));
            if (!children.back())
                return {};
        }
        return [text = command.text(), children = std::move(children)](QByteArray &bytes) {
            JournalBytesWriter out(bytes);
            out.writeU8(quint8(Kind::Macro));
            out.writeString(text);
            out.writeU32(static_cast<quint32>(children.size()));
            for (const Encoder &child : children)
                child(bytes);
        };
    }
    return {};
}

CommandCodec::Encoder CommandCodec::typingEncoder(const Typing &typing)
{
    auto edits = std::make_shared<CellEdits>();
    edits->append(typing.cell, typing.value, typing.before);
    return [edits = std::shared_ptr<const CellEdits>(std::move(edits))](QByteArray &bytes) {
        JournalBytesWriter out(bytes);
        out.writeU8(quint8(Kind::SetCellValues));
        out.writeU8(1);
        out.writeString(QString());
        writeEdits(out, *edits);
    };
}

std::optional<CommandCodec::Typing> CommandCodec::typing(const QUndoCommand &command)
{
    const auto *set = dynamic_cast<const SetCellValues *>(&command);
    if (!set || !set->m_typing)
        return std::nullopt;
    const CellEdits &edits = *set->m_edits;
    return Typing{edits.positions().front(), edits.after().at(0).toByteArray(), edits.before().at(0).toByteArray()};
}

static QUndoCommand *readCommand(Document *document, JournalBytesReader &in, QUndoCommand *parent)
{
    switch (Kind(in.readU8())) {
    case Kind::SetCellValues: {
        const bool typing = in.readU8() != 0;
        const QString text = in.readString();
        CellEdits edits = readEdits(in);
        if (in.failed())
            return nullptr;
        if (typing && edits.size() == 1 && !parent)
            return SetCellValues::typed(document, edits.positions().front(), edits.after().at(0), edits.before().at(0));
        return new SetCellValues(document, std::move(edits), text, parent);
    }
    case Kind::InsertRows: {
        const int row = in.readI32();
        const int count = in.readI32();
        CellValueList values = readValues(in);
        // Whether the values fit the document's columns is for applies(): in a macro, the
        // children before this one may add columns first (ApplyUpdate does).
        if (in.failed() || count < 0 || (count == 0 ? values.size() != 0 : values.size() % count != 0))
            return nullptr;
        return new InsertRows(document, row, count, std::move(values), parent);
    }
    case Kind::RemoveRows: {
        QList<RemoveRows::Run> runs;
        const qsizetype runCount = in.readCount(12);
        for (qsizetype i = 0; i < runCount && !in.failed(); ++i) {
            RemoveRows::Run run;
            run.row = in.readI32();
            run.count = in.readI32();
            run.values = readValues(in);
            run.origins = readOrigins(in);
            runs.append(std::move(run));
        }
        QList<Comment> comments = readComments(in);
        return in.failed() ? nullptr : new RemoveRows(document, std::move(runs), std::move(comments), parent);
    }
    case Kind::InsertColumn: {
        const int column = in.readI32();
        const QString name = in.readString();
        return in.failed() ? nullptr : new InsertColumn(document, column, name, parent);
    }
    case Kind::RemoveColumn: {
        const int column = in.readI32();
        const QString name = in.readString();
        CellValueList values = readValues(in);
        return in.failed() ? nullptr : new RemoveColumn(document, column, name, std::move(values), parent);
    }
    case Kind::SortRows: {
        std::vector<int> order(static_cast<size_t>(in.readCount(4)));
        for (int &row : order)
            row = in.readI32();
        QList<Comment> comments = readComments(in);
        if (in.failed() || !isPermutation(order))
            return nullptr;
        return new SortRows(document, std::move(order), std::move(comments), parent);
    }
    case Kind::AcceptRaggedRows: {
        QList<int> rows = readRows(in);
        return in.failed() ? nullptr : AcceptRaggedRows::ofRaggedRows(document, std::move(rows), parent);
    }
    case Kind::RenameColumn: {
        const int column = in.readI32();
        const QString oldName = in.readString();
        const QString name = in.readString();
        return in.failed() ? nullptr : new RenameColumn(document, column, oldName, name, parent);
    }
    case Kind::ReplaceTable: {
        const QString text = in.readString();
        ReplaceTable::Table tables[2];
        for (ReplaceTable::Table &table : tables) {
            table.header = readHeader(in);
            table.rowCount = in.readI32();
            table.values = readValues(in);
            table.origins = readOrigins(in);
            table.comments = readComments(in);
            if (in.failed() || table.rowCount < 0 || table.origins.size() != table.rowCount
                || table.values.size() != qsizetype(table.rowCount) * table.header.size())
                return nullptr;
        }
        return new ReplaceTable(document, std::move(tables[0]), std::move(tables[1]), text, parent);
    }
    case Kind::Macro: {
        auto macro = std::make_unique<QUndoCommand>(in.readString(), parent);
        const qsizetype count = in.readCount(1);
        for (qsizetype i = 0; i < count; ++i) {
            if (!readCommand(document, in, macro.get()))
                return nullptr; // the children made so far go with `macro`
        }
        return in.failed() ? nullptr : macro.release();
    }
    }
    return nullptr;
}

std::unique_ptr<QUndoCommand> CommandCodec::decode(Document *document, QByteArrayView bytes)
{
    JournalBytesReader in(bytes);
    std::unique_ptr<QUndoCommand> command(readCommand(document, in, nullptr));
    if (!in.atEnd())
        return nullptr;
    return command;
}

bool CommandCodec::applies(QUndoCommand &command, Document &document, Direction direction)
{
    const bool redo = direction == Direction::Redo;
    const CellTable &cells = document.cells();
    if (const auto *set = dynamic_cast<const SetCellValues *>(&command)) {
        const CellEdits &edits = *set->m_edits;
        const CellValueList &expected = redo ? edits.before() : edits.after();
        // A cell listed twice holds the value its last listing sets.
        QSet<quint64> checked;
        for (qsizetype i = edits.size() - 1; i >= 0; --i) {
            const CellPosition cell = edits.positions()[static_cast<size_t>(i)];
            if (!cells.isValidCell(cell.row, cell.column))
                return false;
            const quint64 key = quint64(quint32(cell.row)) << 32 | quint32(cell.column);
            if ((redo || !checked.contains(key)) && cells.value(cell.row, cell.column) != expected.at(i))
                return false;
            if (!redo)
                checked.insert(key);
        }
        return true;
    }
    if (const auto *insert = dynamic_cast<const InsertRows *>(&command)) {
        if (redo)
            return insert->m_row >= 0 && insert->m_row <= document.rowCount()
                && insert->m_values->size() == qsizetype(insert->m_count) * document.columnCount();
        return rowsHold(document, insert->m_row, insert->m_count, *insert->m_values);
    }
    if (const auto *remove = dynamic_cast<const RemoveRows *>(&command)) {
        // Runs are removed last first (indices below stay), and inserted again first first.
        for (const RemoveRows::Run &run : remove->m_runs) {
            if (redo && !rowsHold(document, run.row, run.count, run.values))
                return false;
        }
        int rowCount = document.rowCount();
        for (auto run = remove->m_runs.crbegin(); !redo && run != remove->m_runs.crend(); ++run) {
            const qsizetype runCells = qsizetype(run->count) * document.columnCount();
            if (run->row < 0 || run->row > rowCount || run->values.size() != runCells)
                return false;
            rowCount += run->count;
        }
        return true;
    }
    if (const auto *insert = dynamic_cast<const InsertColumn *>(&command)) {
        if (redo)
            return insert->m_column >= 0 && insert->m_column <= document.columnCount();
        return insert->m_column >= 0 && insert->m_column < document.columnCount()
            && document.header().at(insert->m_column) == insert->m_headerName;
    }
    if (const auto *remove = dynamic_cast<const RemoveColumn *>(&command)) {
        const int column = remove->m_column;
        const CellValueList &values = *remove->m_values;
        if (!redo)
            return column >= 0 && column <= document.columnCount() && values.size() <= document.rowCount();
        if (column < 0 || column >= document.columnCount() || document.header().at(column) != remove->m_headerName
            || values.size() != document.rowCount())
            return false;
        for (int row = 0; row < document.rowCount(); ++row) {
            if (cells.value(row, column) != values.at(row))
                return false;
        }
        return true;
    }
    if (const auto *sort = dynamic_cast<const SortRows *>(&command))
        return sort->m_order->size() == static_cast<size_t>(document.rowCount());
    if (const auto *rename = dynamic_cast<const RenameColumn *>(&command)) {
        return rename->m_column >= 0 && rename->m_column < document.columnCount()
            && document.header().at(rename->m_column) == (redo ? rename->m_oldName : rename->m_newName);
    }
    if (const auto *replace = dynamic_cast<const ReplaceTable *>(&command)) {
        const ReplaceTable::Table &expected = redo ? *replace->m_before : *replace->m_after;
        return document.header() == expected.header && document.rowCount() == expected.rowCount
            && rowsHold(document, 0, expected.rowCount, expected.values);
    }
    if (const auto *accept = dynamic_cast<const AcceptRaggedRows *>(&command)) {
        for (int row : accept->m_rows) {
            if (row < 0 || row >= document.rowCount() || cells.origin(row).ragged != redo)
                return false;
        }
        return true;
    }
    if (isMacro(command)) {
        // Each child applies to the document as the ones before it leave it.
        const int count = command.childCount();
        const auto child = [&](int i) { return const_cast<QUndoCommand *>(command.child(redo ? i : count - 1 - i)); };
        int done = 0;
        while (done < count && applies(*child(done), document, direction)) {
            redo ? child(done)->redo() : child(done)->undo();
            ++done;
        }
        for (int i = done - 1; i >= 0; --i)
            redo ? child(i)->undo() : child(i)->redo();
        return done == count;
    }
    return false;
}

} // namespace ccedit
