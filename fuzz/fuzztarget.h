#pragma once
// What every fuzz target shares: Qt set up once, the input as Qt bytes, a scratch file for
// readers that take a path, and one way to report a broken property.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace ccedit::fuzz {

// The input as a QByteArray (copied: readers may keep it).
QByteArray bytesOf(const uint8_t *data, size_t size);

// Writes `bytes` to a file named `name` in a folder of this process and returns its path.
QString scratchFile(const QString &name, const QByteArray &bytes);

// Prints what broke and aborts, so libFuzzer (and the replay driver) keep the input.
[[noreturn]] void fail(const QString &what);

} // namespace ccedit::fuzz

// Each target defines this (libFuzzer's entry point).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
