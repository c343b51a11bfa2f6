// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/staff.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace ok {

class StaffAuth;

/// Who is signed in on this terminal, for every role's screens: the cashier at the till, the
/// supervisor on the device screen, the loader at the lockers. One session per terminal; a
/// customer at the kiosk is nobody (no session), and every screen that can move money or open
/// a door asks allows() first.
///
/// The session ends when the person signs out or after `lockAfter` without activity (touch()).
/// A hold (setHold) keeps it open while something must not be walked away from: a card payment
/// in progress.
class StaffSession : public QObject
{
    Q_OBJECT
public:
    StaffSession(StaffAuth &auth, std::chrono::seconds lockAfter, QObject *parent = nullptr);

    const std::optional<StaffMember> &member() const { return m_member; }
    /// The signed-in person, or the one "sign in first" error every use case gives
    /// ("till.signed-out").
    Result<StaffMember> signedIn() const;
    bool isSignedIn() const { return m_member.has_value(); }
    /// Signed in, and the role allows `p` on its own.
    bool allows(Permission p) const;

    /// Check the PIN (StaffAuth: lockouts) and start the session. Errors as StaffAuth::signIn.
    Result<StaffMember> signIn(const QString &staffId, const QString &pin);
    /// The signed-in person chooses their own screen language ("" = the store's); it holds for
    /// their next sign-ins on this terminal too.
    Result<void> setLanguage(const QString &code);
    void signOut();
    /// Activity: the idle lock starts again.
    void touch();
    /// How long until the idle lock ends the session (0 when nobody is signed in).
    std::chrono::milliseconds idleLeft() const { return m_member ? m_idle.remainingTimeAsDuration() : std::chrono::milliseconds(0); }
    /// While `hold` answers true, the idle lock waits (checked when it fires).
    void setHold(std::function<bool()> hold) { m_hold = std::move(hold); }

    StaffAuth &auth() const { return m_auth; }

Q_SIGNALS:
    /// Signed in, signed out, or another person.
    void changed();
    /// The idle lock ended the session.
    void lockedForInactivity();

private:
    void end();

    StaffAuth &m_auth;
    std::optional<StaffMember> m_member;
    QTimer m_idle;
    std::function<bool()> m_hold;
};

} // namespace ok
