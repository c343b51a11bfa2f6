// SPDX-License-Identifier: GPL-3.0-or-later
// omnikiosk-central-admin: the output helpers every command uses (adminutil.h).
#include "central/adminutil.h"

#include "central/pickupkey.h"
#include "central/service.h"
#include "core/pickup.h"

#include <QDateTime>

#include <cstdio>

namespace ok::central::admin {

int failed(const ok::Error &e)
{
    std::fprintf(stderr, "omnikiosk-central-admin: %s\n", qPrintable(e.message));
    return e.code == QLatin1String(errc::kInvalid) ? 1 : 3;
}

std::optional<qint64> toInt(const QString &s)
{
    bool ok = false;
    const qint64 v = s.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

std::string timeText(qint64 ms)
{
    if (ms <= 0)
        return "-";
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate).toStdString();
}

namespace {

void appendEscape(std::string &out, const char *prefix, unsigned value, int digits)
{
    static const char hex[] = "0123456789abcdef";
    out.append(prefix);
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out.push_back(hex[(value >> shift) & 0xF]);
}

} // namespace

/// Text from a terminal or the database, made safe for the operator's terminal (see adminutil.h).
std::string safe(std::string_view in)
{
    std::string out;
    out.reserve(in.size());
    size_t i = 0;
    while (i < in.size()) {
        const auto b = static_cast<unsigned char>(in[i]);
        if (b < 0x80) {
            if (b == '\\')
                out.append("\\\\");
            else if (b == '\n')
                out.append("\\n");
            else if (b == '\r')
                out.append("\\r");
            else if (b == '\t')
                out.append("\\t");
            else if (b < 0x20 || b == 0x7F)
                appendEscape(out, "\\x", b, 2);
            else
                out.push_back(char(b));
            ++i;
            continue;
        }
        // One UTF-8 sequence: its length, then its code point (overlong and surrogate forms are
        // not UTF-8 either).
        const size_t len = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? (b <= 0xEF ? 3 : 0) : b >= 0xC2 ? 2 : 0;
        char32_t cp = len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
        bool valid = len > 0 && i + len <= in.size();
        for (size_t k = 1; valid && k < len; ++k) {
            const auto c = static_cast<unsigned char>(in[i + k]);
            valid = (c & 0xC0) == 0x80;
            cp = (cp << 6) | (c & 0x3F);
        }
        valid = valid && !(len == 3 && cp < 0x800) && !(len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
            && !(cp >= 0xD800 && cp <= 0xDFFF);
        if (!valid) {
            appendEscape(out, "\\x", b, 2); // one byte that is not UTF-8
            ++i;
            continue;
        }
        const bool control = (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
        if (control)
            appendEscape(out, "\\u", unsigned(cp), 4);
        else
            out.append(in.substr(i, len));
        i += len;
    }
    return out;
}

std::string dateText(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds).toUTC().toString(Qt::ISODate).toStdString();
}

std::string joined(const std::vector<std::string> &list)
{
    std::string out;
    for (const std::string &s : list)
        out += (out.empty() ? "" : ",") + s;
    return out.empty() ? "-" : out;
}

void printCreatedOrder(const CreatedOrder &created, const QByteArray &pickupKey)
{
    const Order &o = created.order;
    const QString code = ok::pickup::display(QString::fromStdString(created.pickupCode));
    std::printf("order %s number %s pickup-code %s total %lld %s compartment %s status %s parcels %d id-check %s\n",
                Safe(o.id).c_str(), Safe(o.number).c_str(), qPrintable(code), static_cast<long long>(o.total),
                Safe(o.currency).c_str(), o.compartment ? Safe(*o.compartment).c_str() : "-", o.status.c_str(), o.parcels,
                o.idCheck ? "yes" : "no");
    std::printf("token %s\n", pickupToken(o, pickupKey).c_str());
}

} // namespace ok::central::admin
