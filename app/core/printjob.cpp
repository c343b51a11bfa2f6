// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printjob.h"

#include <array>
#include <utility>

namespace ok {

namespace {

constexpr std::array<std::pair<PrintJob::State, const char *>, 5> kStates = {{
    {PrintJob::State::Queued, "queued"},
    {PrintJob::State::Sending, "sending"},
    {PrintJob::State::Printed, "printed"},
    {PrintJob::State::Cancelled, "cancelled"},
    {PrintJob::State::Uncertain, "uncertain"},
}};

} // namespace

QString printJobStateName(PrintJob::State state)
{
    for (const auto &[s, name] : kStates)
        if (s == state)
            return QString::fromLatin1(name);
    return {};
}

std::optional<PrintJob::State> printJobStateFromName(QStringView name)
{
    for (const auto &[s, n] : kStates)
        if (name == QLatin1String(n))
            return s;
    return std::nullopt;
}

} // namespace ok
