// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

namespace ok {

/// The connections a controller made to the services it was given: dropped together when it is
/// given others (`till: Terminal.till` set again) or destroyed.
class Connections
{
public:
    Connections() = default;
    Connections(const Connections &) = delete;
    Connections &operator=(const Connections &) = delete;
    ~Connections() { clear(); }

    Connections &operator<<(const QMetaObject::Connection &c)
    {
        m_list.append(c);
        return *this;
    }
    void clear()
    {
        for (const auto &c : std::as_const(m_list))
            QObject::disconnect(c);
        m_list.clear();
    }

private:
    QList<QMetaObject::Connection> m_list;
};

} // namespace ok
