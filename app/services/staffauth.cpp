// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/staffauth.h"

#include "core/language.h"

#include "core/pin.h"
#include "storage/staff.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuth, "omnikiosk.auth", QtInfoMsg)

namespace ok {

namespace {

const QString kTerminalKey = QStringLiteral("*terminal*");
/// What an unknown id is checked against, so it costs the same time as a wrong PIN.
const QByteArray kDecoySalt = QByteArrayLiteral("unknown-staff-id");

QString waitText(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    return s >= 120 ? StaffAuth::tr("%n minute(s)", nullptr, int((s + 59) / 60)) : StaffAuth::tr("%n second(s)", nullptr, int(s));
}

} // namespace

StaffAuth::StaffAuth(db::Database &cache, db::Database &ledger, QString storeId, Clock clock)
    : m_staff(std::make_unique<db::StaffDirectory>(cache, std::move(storeId)))
    , m_lockouts(std::make_unique<db::Lockouts>(ledger))
    , m_settings(std::make_unique<db::StaffSettings>(ledger))
    , m_clock(std::move(clock))
{
}

StaffAuth::~StaffAuth() = default;

QList<StaffMember> StaffAuth::staff() const
{
    return m_staff->all();
}

std::optional<StaffMember> StaffAuth::member(const QString &id) const
{
    return m_staff->member(id);
}

std::optional<StaffMember> StaffAuth::fromBadge(const QString &code) const
{
    QString id = code.trimmed();
    if (id.startsWith(QLatin1String("STAFF:"), Qt::CaseInsensitive))
        id = id.mid(6);
    if (id.isEmpty() || id.size() > 32)
        return std::nullopt;
    return member(id);
}

qint64 StaffAuth::remainingMs(const QString &key) const
{
    const db::LockoutState s = m_lockouts->state(key);
    if (s.lockedUntilMs == 0 && s.lockedUntilMono == 0)
        return 0;
    const bool sameBoot = !s.bootId.isEmpty() && s.bootId == m_clock.bootId;
    const qint64 left = sameBoot ? s.lockedUntilMono - m_clock.monotonicMs() : s.lockedUntilMs - m_clock.wallMs();
    return std::clamp<qint64>(left, 0, kMaxLockMs);
}

qint64 StaffAuth::lockedForMs(const QString &staffId) const
{
    return std::max(remainingMs(staffId), remainingMs(kTerminalKey));
}

Result<QString> StaffAuth::setLanguage(const QString &staffId, const QString &code)
{
    if (!code.isEmpty() && !isLanguageCode(code))
        return Error{QStringLiteral("staff.language"), tr("This terminal does not speak \"%1\"").arg(code)};
    if (auto r = m_settings->setLanguage(staffId, code); !r)
        return r.error();
    if (!code.isEmpty())
        return code;
    const std::optional<StaffMember> record = m_staff->member(staffId);
    return record ? record->language : QString();
}

Result<StaffMember> StaffAuth::signIn(const QString &staffId, const QString &pin)
{
    if (const qint64 wait = lockedForMs(staffId); wait > 0)
        return Error{QStringLiteral("auth.locked"), tr("Too many wrong PINs. Try again in %1.").arg(waitText(wait))};

    const std::optional<db::StaffCredentials> who = m_staff->credentials(staffId);
    // Iterations out of range never reach PBKDF2: a hostile count cannot keep the terminal busy.
    bool match = false;
    if (who)
        match = who->iterations >= pin::kMinIterations && who->iterations <= pin::kMaxIterations
            && pin::verify(pin, who->salt, int(who->iterations), who->verifier);
    else
        (void)pin::derive(pin, kDecoySalt, pin::kDefaultIterations); // an unknown id costs what a wrong PIN costs

    if (match) {
        if (auto r = m_lockouts->apply({staffId, kTerminalKey}, {}); !r)
            return r.error();
        qCInfo(lcAuth).noquote() << "signed in:" << who->member.id << who->member.role;
        // Their own choice on this terminal, else their language at the central service, else "" (the store's).
        StaffMember member = who->member;
        if (const QString chosen = m_settings->language(staffId); !chosen.isEmpty())
            member.language = chosen;
        return member;
    }

    const auto failure = [this](const QString &key, int freeAttempts) {
        db::LockoutState s = m_lockouts->state(key);
        s.failures += 1;
        s.lockedUntilMs = 0;
        s.lockedUntilMono = 0;
        if (s.failures >= freeAttempts) {
            const int doublings = std::min(s.failures - freeAttempts, 10);
            const qint64 lockMs = std::min(kMaxLockMs, kFirstLockMs << doublings);
            s.lockedUntilMs = m_clock.wallMs() + lockMs;
            s.lockedUntilMono = m_clock.monotonicMs() + lockMs;
            s.bootId = m_clock.bootId;
        }
        return std::make_pair(key, s);
    };
    QList<std::pair<QString, db::LockoutState>> changes{failure(kTerminalKey, kTerminalFreeAttempts)};
    if (who)
        changes.prepend(failure(staffId, kFreeAttempts));
    if (auto r = m_lockouts->apply({}, changes); !r)
        return r.error();
    qCWarning(lcAuth).noquote() << "wrong PIN for staff id" << staffId; // never the PIN
    if (!who)
        return Error{QStringLiteral("auth.unknown"), tr("Unknown staff member or wrong PIN")};
    if (const qint64 wait = lockedForMs(staffId); wait > 0)
        return Error{QStringLiteral("auth.locked"), tr("Wrong PIN. Too many attempts: try again in %1.").arg(waitText(wait))};
    const int left = kFreeAttempts - m_lockouts->state(staffId).failures;
    return Error{QStringLiteral("auth.wrong-pin"), tr("Wrong PIN. %n attempt(s) left before a lock.", nullptr, left)};
}

Result<ApprovalRecord> StaffAuth::approve(Permission permission, const QString &staffId, const QString &pin, const QString &reason)
{
    auto who = signIn(staffId, pin);
    if (!who)
        return who.error();
    if (!roleAllows(who.value().role, permission))
        return Error{QStringLiteral("auth.not-allowed"), tr("%1 may not approve this either").arg(who.value().name)};
    return ApprovalRecord{permissionKey(permission), who.value().id, reason.trimmed(), m_clock.wallMs()};
}

} // namespace ok
