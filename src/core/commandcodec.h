#pragma once

#include "celledits.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <memory>
#include <optional>

class QUndoCommand;

namespace ccedit {

class Document;

// How a recovery journal holds the undo commands of commands.h: each kind with its whole
// payload (what both redo and undo need), so that a command can be made again without the
// document it was made on, and undone there.
class CommandCodec
{
public:
    // Appends a command's bytes to `out`. Made on the UI thread in constant time (it shares
    // the command's data, which commands never change in place) and run on the journal's
    // writing thread, where encoding a million cells blocks nobody.
    using Encoder = std::function<void(QByteArray &out)>;
    // An empty function for a command no journal can hold (a kind this codec does not know).
    static Encoder encoder(const QUndoCommand &command);
    // Typing into one cell, as SetCellValues::typed() makes it.
    struct Typing {
        CellPosition cell;
        QByteArray value;
        QByteArray before;
    };
    static Encoder typingEncoder(const Typing &typing);
    // The typing a command is, if it is one (typing merges into it).
    static std::optional<Typing> typing(const QUndoCommand &command);

    // The command `bytes` hold, made for `document` as it is now; nullptr when the bytes are
    // not a command or do not fit the document's shape.
    static std::unique_ptr<QUndoCommand> decode(Document *document, QByteArrayView bytes);

    enum class Direction { Redo, Undo };
    // Whether a decoded command can be made (Redo) or undone on `document` as it is now: the
    // cells it changes exist and hold the values it expects. A macro's commands are tried one
    // after the other, and the document is left as it was.
    static bool applies(QUndoCommand &command, Document &document, Direction direction);
};

} // namespace ccedit
