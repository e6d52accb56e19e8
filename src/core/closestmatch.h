#pragma once

#include <QString>

#include <limits>

namespace ccedit {

// The candidate closest to a name that is not known, for "did you mean" hints: unknown
// header fields and rate plans alike. Names are compared as given; callers put both sides in
// the same case first.
class ClosestMatch
{
public:
    explicit ClosestMatch(QString name) : m_name(std::move(name)) {}

    // Keeps `id` when `candidate` is closer than every candidate before it.
    void consider(QStringView candidate, int id);
    // The id of the closest candidate, or -1 when none is reasonably close.
    int best() const;

private:
    qsizetype usefulDistance() const;

    QString m_name;
    qsizetype m_bestDistance = std::numeric_limits<qsizetype>::max();
    int m_best = -1;
};

} // namespace ccedit
