// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/device/device.h"

#include <QMetaType>
#include <QString>

namespace ok::ports {

/// The outcome of a card transaction. The kiosk never sees card numbers: the terminal owns the
/// card data and reports only a masked card ("VISA ****1234") and an authorisation code.
struct PaymentResult {
    enum class Outcome {
        Approved,
        Declined,
        Cancelled, ///< by the customer or the cashier, nothing charged
        Unknown,   ///< the terminal could not be asked: check its last transaction before retrying
    };
    QString reference;   ///< our transaction id (the sale's tender id)
    Outcome outcome = Outcome::Unknown;
    qint64 amount = 0;   ///< minor units
    QString currency;
    QString authCode;
    QString maskedCard;
    QString message;     ///< for the cashier
};

/// The role "payment terminal": one card transaction at a time, by our reference.
/// (docs/devices.md#d15-the-payment-terminal-owns-the-card)
///
/// A transaction whose answer does not arrive in time is never assumed paid or unpaid: the
/// driver asks the terminal by reference and reports what it says, or Unknown.
class PaymentTerminal : public dev::Device
{
    Q_OBJECT
public:
    using dev::Device::Device;

    /// Start a sale payment of `amount` minor units. Exactly one finished() follows an ok start.
    virtual Result<void> pay(const QString &reference, qint64 amount, const QString &currency) = 0;
    /// Refund to a card (the customer presents it again).
    virtual Result<void> refund(const QString &reference, qint64 amount, const QString &currency) = 0;
    /// Ask what became of transaction `reference` (after Unknown or a restart mid-payment).
    /// Exactly one finished() follows an ok start.
    virtual Result<void> checkStatus(const QString &reference, qint64 amount, const QString &currency) = 0;
    /// Ask the terminal to abort the transaction in progress.
    virtual void cancel() = 0;
    virtual bool isBusy() const = 0;

Q_SIGNALS:
    /// Display text from the terminal while the customer acts ("Insert or tap card").
    void prompt(const QString &text);
    void finished(const ok::ports::PaymentResult &result);
};

} // namespace ok::ports

Q_DECLARE_METATYPE(ok::ports::PaymentResult)
