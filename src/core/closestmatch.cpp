#include "closestmatch.h"

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace ccedit {
namespace {

// Levenshtein distance, small strings only (names).
qsizetype editDistance(QStringView a, QStringView b)
{
    std::vector<qsizetype> previous(static_cast<size_t>(b.size() + 1));
    std::vector<qsizetype> current(previous.size());
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[static_cast<size_t>(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[static_cast<size_t>(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[static_cast<size_t>(j)] = std::min({previous[static_cast<size_t>(j)] + 1,
                                                        current[static_cast<size_t>(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[static_cast<size_t>(b.size())];
}

} // namespace

void ClosestMatch::consider(QStringView candidate, int id)
{
    if (candidate.isEmpty())
        return;
    // The distance is at least the difference in length: a long name (a header cell holding a
    // paragraph) is not compared letter by letter when it could not be useful anyway.
    qsizetype distance = qAbs(candidate.size() - m_name.size()) > usefulDistance()
        ? std::numeric_limits<qsizetype>::max()
        : editDistance(m_name, candidate);
    // A name that contains the candidate (e.g. "customer_description") is close too.
    if (m_name.contains(candidate) || candidate.contains(m_name))
        distance = std::min(distance, qAbs(candidate.size() - m_name.size()) / 2 + 1);
    if (distance < m_bestDistance) {
        m_bestDistance = distance;
        m_best = id;
    }
}

qsizetype ClosestMatch::usefulDistance() const
{
    // More than half the name wrong is no longer a useful suggestion.
    return std::max<qsizetype>(2, m_name.size() / 2);
}

int ClosestMatch::best() const
{
    return m_bestDistance <= usefulDistance() ? m_best : -1;
}

} // namespace ccedit
