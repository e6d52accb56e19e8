#pragma once

#include "celledits.h"
#include "celltable.h"
#include "document.h"
#include "journalbytes.h"

#include <QList>
#include <QStringList>

namespace ccedit {

// The document's parts as the undo commands of a recovery journal carry them (commandcodec):
// each write has its read, which stops at the first thing that is not one (the reader has
// failed() then).
namespace JournalPayloads {

void writeValues(JournalBytesWriter &out, const CellValueList &values);
CellValueList readValues(JournalBytesReader &in);

void writeRows(JournalBytesWriter &out, const QList<int> &rows);
QList<int> readRows(JournalBytesReader &in);

void writeComments(JournalBytesWriter &out, const QList<Comment> &comments);
QList<Comment> readComments(JournalBytesReader &in);

void writeEdits(JournalBytesWriter &out, const CellEdits &edits);
CellEdits readEdits(JournalBytesReader &in);

void writeOrigins(JournalBytesWriter &out, const QList<CellTable::RowOrigin> &origins);
QList<CellTable::RowOrigin> readOrigins(JournalBytesReader &in);

void writeHeader(JournalBytesWriter &out, const QStringList &header);
QStringList readHeader(JournalBytesReader &in);

} // namespace JournalPayloads

} // namespace ccedit
