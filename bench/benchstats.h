// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers shared by the benchmark executables: latency samples with percentiles, a
// deterministic random generator and Markdown table printing. Header-only on purpose: the
// benchmarks are two thin executables and need nothing else from each other.

#include <QString>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

namespace ok::bench {

using Clock = std::chrono::steady_clock;

/// Nanoseconds elapsed since `start`.
inline qint64 nsSince(Clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count();
}

/// SplitMix64, as in the demo-data generator: the same sample set on every machine and standard
/// library (std::uniform_int_distribution is not specified bit-for-bit).
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [lo, hi], both inclusive.
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }

private:
    quint64 m_state;
};

/// A set of latency samples in nanoseconds.
class Samples
{
public:
    void add(qint64 ns)
    {
        m_ns.push_back(ns);
        m_sorted = false;
    }
    void addAll(const Samples &other)
    {
        m_ns.insert(m_ns.end(), other.m_ns.begin(), other.m_ns.end());
        m_sorted = false;
    }
    void reserve(size_t n) { m_ns.reserve(n); }
    size_t count() const { return m_ns.size(); }
    bool isEmpty() const { return m_ns.empty(); }

    /// Nearest-rank percentile (p in 0..100): the smallest sample with at least p % of the samples
    /// at or below it. With 20,000 samples p99 is the 19,800th smallest value.
    qint64 percentile(double p) const
    {
        if (m_ns.empty())
            return 0;
        sort();
        const auto rank = size_t(std::ceil(p / 100.0 * double(m_ns.size())));
        return m_ns[std::clamp<size_t>(rank, 1, m_ns.size()) - 1];
    }
    qint64 p50() const { return percentile(50); }
    qint64 p99() const { return percentile(99); }
    qint64 max() const { return percentile(100); }

private:
    void sort() const
    {
        if (!m_sorted)
            std::sort(m_ns.begin(), m_ns.end());
        m_sorted = true;
    }
    // Sorted lazily by the const accessors: the order of the samples carries no information.
    mutable std::vector<qint64> m_ns;
    mutable bool m_sorted = true;
};

/// A duration for people: "12.3 µs", "4.56 ms", "1.23 s" (three significant digits).
inline QString formatNs(qint64 ns)
{
    if (ns < 0)
        return QStringLiteral("-") + formatNs(-ns);
    const double v = double(ns);
    // Explicit QString: with QT_USE_QSTRINGBUILDER an "auto" lambda would return a builder that
    // refers to its own destroyed temporaries.
    auto fmt = [](double x, const char *unit) -> QString {
        const int decimals = x >= 100 ? 0 : x >= 10 ? 1 : 2;
        return QString::number(x, 'f', decimals) + QLatin1Char(' ') + QString::fromUtf8(unit);
    };
    if (v < 1e3)
        return fmt(v, "ns");
    if (v < 1e6)
        return fmt(v / 1e3, "µs");
    if (v < 1e9)
        return fmt(v / 1e6, "ms");
    return fmt(v / 1e9, "s");
}

/// "1.34×", the ratio of two durations.
inline QString formatRatio(qint64 num, qint64 den)
{
    if (den <= 0)
        return QStringLiteral("–");
    return QString::number(double(num) / double(den), 'f', 2) + QStringLiteral("×");
}

/// The 1-minute load average, to record how busy the machine was while a figure was taken.
inline QString loadAverage()
{
    std::FILE *f = std::fopen("/proc/loadavg", "r");
    if (!f)
        return QStringLiteral("?");
    double one = 0;
    const bool ok = std::fscanf(f, "%lf", &one) == 1;
    std::fclose(f);
    return ok ? QString::number(one, 'f', 2) : QStringLiteral("?");
}

inline QString metText(bool met)
{
    return met ? QStringLiteral("**met**") : QStringLiteral("**NOT met**");
}

/// A Markdown table printed to stdout, columns padded so that it also reads well in a terminal.
class Table
{
public:
    explicit Table(QStringList header)
        : m_header(std::move(header))
    {
    }
    void addRow(QStringList row)
    {
        row.resize(m_header.size());
        m_rows.append(std::move(row));
    }
    void print() const
    {
        QList<qsizetype> widths;
        for (const QString &h : m_header)
            widths.append(std::max<qsizetype>(h.size(), 3));
        for (const QStringList &r : m_rows)
            for (qsizetype c = 0; c < r.size(); ++c)
                widths[c] = std::max(widths[c], r[c].size());
        auto printRow = [&](const QStringList &r) {
            QString line = QStringLiteral("|");
            for (qsizetype c = 0; c < r.size(); ++c)
                line += QLatin1Char(' ') + r[c].leftJustified(widths[c]) + QStringLiteral(" |");
            std::printf("%s\n", line.toUtf8().constData()); // UTF-8 whatever the locale: "µs"
        };
        printRow(m_header);
        QStringList rule;
        for (qsizetype w : widths)
            rule.append(QString(w, QLatin1Char('-')));
        printRow(rule);
        for (const QStringList &r : m_rows)
            printRow(r);
        std::fflush(stdout);
    }

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace ok::bench
