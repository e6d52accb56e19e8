#pragma once

#include <QtTypes>

#include <array>
#include <cstddef>

namespace ccedit::bench {

// SplitMix64 (Steele, Lea and Flood): the same seed gives the same numbers with every
// compiler and library, which the std distributions do not promise.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // A number in [0, bound); the modulo bias is negligible for the small bounds used here.
    quint32 below(quint32 bound) { return static_cast<quint32>(next() % bound); }

    // True with the probability perMille / 1000.
    bool chance(quint32 perMille) { return below(1000) < perMille; }

    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[below(static_cast<quint32>(N))];
    }

private:
    quint64 m_state;
};

} // namespace ccedit::bench
