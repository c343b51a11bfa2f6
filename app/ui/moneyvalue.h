// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/money.h"

#include <QLocale>
#include <QObject>
#include <QQmlEngine>

namespace ok {

/// An amount of money as QML sees it: the exact minor units, the currency and the text the store
/// writes it as. QML shows `text`, compares nothing and computes nothing; a value it hands back
/// (a quick-cash button) goes back to C++ whole, never through a double.
class MoneyValue
{
    Q_GADGET
    QML_VALUE_TYPE(money)
    Q_PROPERTY(qint64 minor READ minor CONSTANT)
    Q_PROPERTY(QString currency READ currency CONSTANT)
    Q_PROPERTY(QString text READ text CONSTANT)
    Q_PROPERTY(bool isZero READ isZero CONSTANT)
    Q_PROPERTY(bool isNegative READ isNegative CONSTANT)
public:
    MoneyValue() = default;
    /// `text`: as formatted by the caller (the store's format, Receipts::amount).
    MoneyValue(qint64 minor, QString currency, QString text)
        : m_minor(minor)
        , m_currency(std::move(currency))
        , m_text(std::move(text))
    {
    }

    qint64 minor() const { return m_minor; }
    QString currency() const { return m_currency; }
    QString text() const { return m_text; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }
    bool isValid() const { return !m_currency.isEmpty(); }

    friend bool operator==(const MoneyValue &, const MoneyValue &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
    QString m_text;
};

} // namespace ok
