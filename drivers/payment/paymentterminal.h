// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/device/device.h"

#include <QJsonObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace ok::payment {

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

/// A payment terminal on TCP speaking the Omnikiosk terminal protocol (newline-delimited JSON,
/// docs/devices.md). One transaction at a time.
///
/// The rule that matters: a transaction whose answer does not arrive in time is never assumed
/// paid or unpaid. The driver asks the terminal for the transaction's status by reference (after
/// reconnecting if the link dropped) and reports what the terminal says; if it still cannot tell,
/// the outcome is Unknown and the cashier is told to check the terminal before taking payment again.
class PaymentTerminal : public dev::Device
{
    Q_OBJECT
public:
    PaymentTerminal(QString name, std::unique_ptr<dev::Transport> transport, QObject *parent = nullptr);

    void setResponseTimeout(std::chrono::milliseconds t) { m_responseTimeout = t; }
    void setStatusTimeout(std::chrono::milliseconds t) { m_statusTimeout = t; }

    /// Start a sale payment of `amount` minor units. Exactly one finished() follows.
    Result<void> pay(const QString &reference, qint64 amount, const QString &currency);
    /// Refund to a card (the customer presents it again).
    Result<void> refund(const QString &reference, qint64 amount, const QString &currency);
    /// Reverse (void) the terminal's last transaction, e.g. when the sale could not be committed.
    Result<void> reverse(const QString &reference);
    /// Ask the terminal what became of transaction `reference` (after an Unknown outcome or a
    /// restart mid-payment). Exactly one finished() follows: Approved, Declined, Cancelled (the
    /// terminal never saw it: nothing was charged) or Unknown (still cannot tell).
    Result<void> checkStatus(const QString &reference, qint64 amount, const QString &currency);
    /// Ask the terminal to abort the transaction in progress.
    void cancel();

    bool isBusy() const { return m_pending.has_value(); }

Q_SIGNALS:
    /// Display text from the terminal while the customer acts ("Insert or tap card").
    void prompt(const QString &text);
    void finished(const ok::payment::PaymentResult &result);

protected:
    void onConnected() override;
    void onDisconnected() override;
    void onReceived(const QByteArray &bytes) override;

private:
    struct Pending {
        QString op;
        PaymentResult result;
        bool checking = false; ///< we are asking for the status after a timeout / drop
        bool sent = false;
    };
    Result<void> start(const QString &op, const QString &reference, qint64 amount, const QString &currency);
    void send(const QJsonObject &message);
    void handle(const QJsonObject &message);
    void onTimeout();
    void askStatus();
    void finish(PaymentResult::Outcome outcome, const QJsonObject &message, const QString &fallbackText);

    std::optional<Pending> m_pending;
    QByteArray m_buffer;
    QTimer m_timer;
    std::chrono::milliseconds m_responseTimeout{90000};
    std::chrono::milliseconds m_statusTimeout{10000};
};

} // namespace ok::payment

Q_DECLARE_METATYPE(ok::payment::PaymentResult)
