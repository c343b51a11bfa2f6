// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace ok {

/// One job of a printer's queue (kept in ledger.db: db::PrintJobs).
///
/// States and who moves a job between them:
///
///   queued ──spooler sends──► sending ──printer confirmed──► printed
///     ▲                         │  │
///     └── printer failed it ────┘  └── no confirmation / crash while sending ──► uncertain
///         (paper out, cover open,                                                   │
///          offline, unplugged)                 staff: mark printed / reprint as copy / cancel
///   queued, uncertain ──staff──► cancelled
///
/// 'sending' is committed before the first byte goes to the printer. A job that is still
/// 'sending' when the program starts was interrupted by a crash: nobody knows whether it came
/// out, so it becomes 'uncertain' and is never printed again without a person deciding.
struct PrintJob {
    enum class State { Queued, Sending, Printed, Cancelled, Uncertain };

    qint64 id = 0;
    QString printer;        ///< device name whose queue holds the job
    QString kind;           ///< "receipt", "report", "test"
    QString ref;            ///< receipt: the sale id; otherwise free or empty
    QString label;          ///< what staff see: "Receipt 42", "Test print"
    QByteArray payload;     ///< ESC/POS bytes; empty in list() results (see payloadSize)
    qint64 payloadSize = 0;
    bool copy = false;      ///< a reprint: the paper says COPY
    qint64 copyOf = 0;      ///< the job it copies (0 = none or pruned)
    State state = State::Queued;
    int attempts = 0;       ///< times it was sent to the printer
    QString lastError;      ///< the printer's last reason, for staff
    qint64 createdAtMs = 0; ///< terminal clock, informational
    qint64 updatedAtMs = 0;
    qint64 printedAtMs = 0; ///< 0 = not printed

    bool isOpen() const { return state == State::Queued || state == State::Sending || state == State::Uncertain; }
};

/// "queued", "sending", "printed", "cancelled", "uncertain" (the values stored).
QString printJobStateName(PrintJob::State state);
std::optional<PrintJob::State> printJobStateFromName(QStringView name);

struct NewPrintJob {
    QString printer;
    QString kind = QStringLiteral("receipt");
    QString ref;
    QString label;
    QByteArray payload;
    bool copy = false;
    qint64 copyOf = 0;
};

} // namespace ok
