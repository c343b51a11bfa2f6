// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/ports/paymentterminal.h"

#include <QJsonObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace ok::payment {

/// A payment terminal on TCP speaking the Omnikiosk terminal protocol (newline-delimited JSON,
/// docs/devices.md#payment-terminal): the ports::PaymentTerminal role. One transaction at a time.
///
/// The rule that matters: a transaction whose answer does not arrive in time is never assumed
/// paid or unpaid. The driver asks the terminal for the transaction's status by reference (after
/// reconnecting if the link dropped) and reports what the terminal says; if it still cannot tell,
/// the outcome is Unknown and the cashier is told to check the terminal before taking payment again.
class JsonPaymentTerminal : public ports::PaymentTerminal
{
    Q_OBJECT
public:
    JsonPaymentTerminal(QString name, std::unique_ptr<dev::Transport> transport, QObject *parent = nullptr);

    void setResponseTimeout(std::chrono::milliseconds t) { m_responseTimeout = t; }
    void setStatusTimeout(std::chrono::milliseconds t) { m_statusTimeout = t; }

    // ports::PaymentTerminal
    /// Start a sale payment of `amount` minor units. Exactly one finished() follows an ok start.
    Result<void> pay(const QString &reference, qint64 amount, const QString &currency) override;
    /// Refund to a card (the customer presents it again).
    Result<void> refund(const QString &reference, qint64 amount, const QString &currency) override;
    /// Ask the terminal what became of transaction `reference` (after an Unknown outcome or a
    /// restart mid-payment). Exactly one finished() follows: Approved, Declined, Cancelled (the
    /// terminal never saw it: nothing was charged) or Unknown (still cannot tell).
    Result<void> checkStatus(const QString &reference, qint64 amount, const QString &currency) override;
    /// Ask the terminal to abort the transaction in progress (a status check cannot be cancelled).
    void cancel() override;
    bool isBusy() const override { return m_pending.has_value(); }

    /// Reverse (void) the terminal's last transaction, e.g. when the sale could not be committed.
    Result<void> reverse(const QString &reference);

protected:
    void onConnected() override;
    void onDisconnected() override;
    void onReceived(const QByteArray &bytes) override;

private:
    struct Pending {
        QString op;
        ports::PaymentResult result;
        bool checking = false; ///< we are asking for the status after a timeout / drop
        bool sent = false;
    };
    Result<void> start(const QString &op, const QString &reference, qint64 amount, const QString &currency);
    void send(const QJsonObject &message);
    void handle(const QJsonObject &message);
    void onTimeout();
    void askStatus();
    void finish(ports::PaymentResult::Outcome outcome, const QJsonObject &message, const QString &fallbackText);

    std::optional<Pending> m_pending;
    QByteArray m_buffer;
    QTimer m_timer;
    std::chrono::milliseconds m_responseTimeout{90000};
    std::chrono::milliseconds m_statusTimeout{10000};
};

} // namespace ok::payment
