// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/printspooler.h"

#include "drivers/printer/encoder.h"
#include "drivers/ports/receiptprinter.h"
#include "storage/printjobs.h"
#include "core/receiptdocument.h"
#include "storage/sqlite.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>

#include <chrono>

Q_LOGGING_CATEGORY(lcSpooler, "omnikiosk.services.printspooler", QtInfoMsg)

namespace ok {

using namespace std::chrono_literals;
using State = PrintJob::State;

namespace {
/// Printed and cancelled jobs are kept this long for reprints, then forgotten.
constexpr auto kKeepFinished = std::chrono::hours(24 * 30);
} // namespace

PrintSpooler::PrintSpooler(db::Database &ledger, ports::ReceiptPrinter *printer, QObject *parent)
    : QObject(parent)
    , m_db(ledger)
    , m_jobs(std::make_unique<db::PrintJobs>(ledger))
    , m_printer(printer)
    , m_name(printer->name())
{
    m_kick.setSingleShot(true);
    m_kick.setInterval(0);
    connect(&m_kick, &QTimer::timeout, this, &PrintSpooler::kick);
    // The printer coming back (reconnected, paper replaced, cover closed, online again) shows up
    // as one of these: try again then.
    connect(printer, &dev::Device::powerChanged, this, &PrintSpooler::scheduleKick);
    connect(printer, &dev::Device::stateChanged, this, &PrintSpooler::scheduleKick);
    connect(printer, &ports::ReceiptPrinter::printerStateChanged, this, &PrintSpooler::scheduleKick);
    connect(printer, &ports::ReceiptPrinter::jobFinished, this, &PrintSpooler::onJobFinished);
}

PrintSpooler::~PrintSpooler() = default;

ports::ReceiptPrinter *PrintSpooler::printer() const
{
    return m_printer;
}

qint64 PrintSpooler::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QString PrintSpooler::stateText(State state)
{
    switch (state) {
    case State::Queued: return tr("waiting");
    case State::Sending: return tr("printing");
    case State::Printed: return tr("printed");
    case State::Cancelled: return tr("cancelled");
    case State::Uncertain: return tr("uncertain: decide");
    }
    return {};
}

void PrintSpooler::start()
{
    if (m_started)
        return;
    auto recovered = m_jobs->recoverInterrupted(
        m_name, tr("The program stopped while this was printing: check whether it came out, then reprint, mark printed or cancel"),
        now());
    if (!recovered)
        qCCritical(lcSpooler).noquote() << m_name << recovered.error().message;
    auto pruned = m_jobs->pruneFinished(now() - std::chrono::duration_cast<std::chrono::milliseconds>(kKeepFinished).count());
    if (!pruned)
        qCWarning(lcSpooler).noquote() << m_name << pruned.error().message;
    m_started = true;
    qCInfo(lcSpooler).noquote() << m_name << ":" << queuedCount() << "queued," << uncertainCount() << "uncertain";
    Q_EMIT jobsChanged();
    scheduleKick();
}

Result<qint64> PrintSpooler::submit(const QString &kind, const QString &ref, const QString &label, const QByteArray &bytes)
{
    return enqueue(kind, ref, label, bytes, false);
}

Result<qint64> PrintSpooler::enqueue(const QString &kind, const QString &ref, const QString &label, const QByteArray &bytes, bool copy)
{
    NewPrintJob j;
    j.printer = m_name;
    j.kind = kind;
    j.ref = ref;
    j.label = label;
    j.payload = bytes;
    j.copy = copy;
    auto id = m_jobs->enqueue(j, now());
    if (!id) {
        qCCritical(lcSpooler).noquote() << m_name << "cannot queue a" << kind << "job:" << id.error().message;
        return Error{id.error().code, tr("The print job could not be saved: %1").arg(id.error().message)};
    }
    Q_EMIT jobsChanged();
    scheduleKick();
    return id;
}

Result<qint64> PrintSpooler::submit(const QString &kind, const QString &ref, const QString &label,
                                    const ReceiptDocument &document)
{
    if (!m_printer)
        return Error{QStringLiteral("printer.gone"), tr("The printer is not configured any more")};
    return submit(kind, ref, label, m_printer->encode(document));
}

Result<qint64> PrintSpooler::submitCopy(const QString &kind, const QString &ref, const QString &label, const ReceiptDocument &document)
{
    if (!m_printer)
        return Error{QStringLiteral("printer.gone"), tr("The printer is not configured any more")};
    return enqueue(kind, ref, label, copyBanner() + m_printer->encode(document), true);
}

Error PrintSpooler::forStaff(const Error &e, qint64 id) const
{
    if (e.code == QLatin1String("printjob.wrong-state")) {
        if (auto j = m_jobs->job(id))
            return Error{e.code, tr("Job %1 is %2 now: nothing was changed").arg(id).arg(stateText(j->state))};
    }
    if (e.code == QLatin1String("printjob.not-found"))
        return Error{e.code, tr("There is no print job %1 for this printer").arg(id)};
    return e;
}

Result<void> PrintSpooler::cancel(qint64 id)
{
    auto j = m_jobs->job(id);
    if (!j || j->printer != m_name)
        return forStaff(Error{QStringLiteral("printjob.not-found"), QString()}, id);
    if (id == m_sending)
        return Error{QStringLiteral("printjob.wrong-state"), tr("Job %1 is being printed right now: wait for the printer").arg(id)};
    if (auto r = m_jobs->cancel(id, now()); !r)
        return forStaff(r.error(), id);
    qCInfo(lcSpooler).noquote() << m_name << "job" << id << "cancelled by staff";
    Q_EMIT jobsChanged();
    return {};
}

Result<qint64> PrintSpooler::reprint(qint64 id)
{
    auto j = m_jobs->job(id);
    if (!j || j->printer != m_name)
        return forStaff(Error{QStringLiteral("printjob.not-found"), QString()}, id);
    if (id == m_sending || j->state == State::Sending)
        return Error{QStringLiteral("printjob.wrong-state"), tr("Job %1 is being printed right now: wait for the printer").arg(id)};
    if (j->state == State::Queued)
        return Error{QStringLiteral("printjob.wrong-state"), tr("Job %1 has not printed yet: it prints when the printer is ready").arg(id)};
    auto copy = m_jobs->reprintAsCopy(id, copyBanner(), now());
    if (!copy)
        return forStaff(copy.error(), id);
    qCInfo(lcSpooler).noquote() << m_name << "job" << id << "reprinted as copy" << copy.value();
    Q_EMIT jobsChanged();
    scheduleKick();
    return copy;
}

Result<void> PrintSpooler::markPrinted(qint64 id)
{
    auto j = m_jobs->job(id);
    if (!j || j->printer != m_name)
        return forStaff(Error{QStringLiteral("printjob.not-found"), QString()}, id);
    if (j->state != State::Uncertain)
        return Error{QStringLiteral("printjob.wrong-state"),
                     tr("Only a job whose outcome is uncertain can be marked printed; job %1 is %2").arg(id).arg(stateText(j->state))};
    if (auto r = m_jobs->markPrinted(id, now()); !r)
        return forStaff(r.error(), id);
    qCInfo(lcSpooler).noquote() << m_name << "job" << id << "marked printed by staff";
    Q_EMIT jobsChanged();
    return {};
}

QList<PrintJob> PrintSpooler::jobs(int finished) const
{
    return m_jobs->list(m_name, finished);
}

std::optional<PrintJob> PrintSpooler::job(qint64 id) const
{
    auto j = m_jobs->job(id);
    if (j && j->printer != m_name)
        return std::nullopt;
    return j;
}

int PrintSpooler::queuedCount() const
{
    return m_jobs->count(m_name, State::Queued);
}

int PrintSpooler::uncertainCount() const
{
    return m_jobs->count(m_name, State::Uncertain);
}

QByteArray PrintSpooler::copyBanner() const
{
    if (!m_printer)
        return {};
    // Deterministic (no time in it): the storage recognises a banner already in front of a copy.
    ReceiptDocument doc(m_paperWording.language());
    TextStyle style;
    style.alignment = Alignment::Centre;
    style.bold = true;
    style.doubleHeight = true;
    doc.addText(m_paperWording.text("ok::PrintSpooler", QT_TR_NOOP("*** COPY ***")), style);
    doc.addSeparator(u'=');
    return m_printer->encode(doc);
}

void PrintSpooler::scheduleKick()
{
    if (m_started && !m_kick.isActive())
        m_kick.start();
}

void PrintSpooler::kick()
{
    if (!m_started || !m_printer || m_sending != 0)
        return;
    auto next = m_jobs->oldestQueued(m_name);
    if (!next)
        return;
    ports::ReceiptPrinter *p = m_printer;
    if (p->hasJob())
        return; // someone else's job is on the wire; its jobFinished() kicks us again
    if (!p->isEnabled() || !p->canPrint()) {
        const QString reason = p->power() != dev::Device::Power::Online ? tr("The printer is not connected")
                               : !p->problem().isEmpty()                ? p->problem()
                                                                        : tr("The printer is not ready");
        if (auto n = m_jobs->noteWaiting(m_name, reason, now()); n && n.value() > 0)
            Q_EMIT jobsChanged();
        return;
    }
    // Committed before the first byte goes out: a crash from here on leaves it 'sending', which
    // the next start turns into 'uncertain' rather than printing it again.
    if (auto r = m_jobs->markSending(next->id, now()); !r) {
        qCWarning(lcSpooler).noquote() << m_name << "job" << next->id << r.error().message;
        scheduleKick();
        return;
    }
    m_sending = next->id;
    m_sendingKind = next->kind;
    qCInfo(lcSpooler).noquote() << m_name << "sending job" << next->id << next->kind << "attempt" << next->attempts + 1;
    if (auto r = p->print(next->id, next->payload); !r) {
        m_sending = 0;
        // Refused before anything was written: it waits for the printer like any queued job.
        (void)m_jobs->requeue(next->id, r.error().message, now());
        Q_EMIT jobWaiting(next->id, next->kind, r.error().message);
    }
    Q_EMIT jobsChanged();
}

void PrintSpooler::onJobFinished(qint64 id, bool printed, const QString &message)
{
    if (id == 0 || id != m_sending)
        return;
    m_sending = 0;
    const QString kind = m_sendingKind;
    if (printed) {
        if (auto r = m_jobs->markPrinted(id, now()); !r) {
            // It did print; the row stays 'sending' and the next start makes it 'uncertain', so it
            // is never printed again by itself.
            qCCritical(lcSpooler).noquote() << m_name << "job" << id << "printed but not recorded:" << r.error().message;
        } else {
            qCInfo(lcSpooler).noquote() << m_name << "job" << id << "printed";
        }
        Q_EMIT jobPrinted(id, kind);
    } else {
        ports::ReceiptPrinter *p = m_printer;
        // The printer says why it cannot print (paper, cover, offline, cutter) or the link went
        // away: the receipt did not come out whole, print it again when the printer is back.
        // Otherwise the printer simply did not confirm: it may have printed; staff decide.
        const bool printerFailedIt = !p || p->power() != dev::Device::Power::Online || !p->problem().isEmpty();
        if (printerFailedIt) {
            (void)m_jobs->requeue(id, message, now());
            qCInfo(lcSpooler).noquote() << m_name << "job" << id << "waits:" << message;
            Q_EMIT jobWaiting(id, kind, message);
        } else {
            (void)m_jobs->markUncertain(id, message, now());
            qCWarning(lcSpooler).noquote() << m_name << "job" << id << "uncertain:" << message;
            Q_EMIT jobUncertain(id, kind, message);
        }
    }
    Q_EMIT jobsChanged();
    scheduleKick();
}

} // namespace ok
