#pragma once

#include <QCoreApplication>

namespace ccedit::bench {

// The translation context of ccedit-bench's messages: Bench::tr("...").
class Bench
{
    Q_DECLARE_TR_FUNCTIONS(ccedit::Bench)
};

} // namespace ccedit::bench
