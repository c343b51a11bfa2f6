// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/printer/statusparser.h"

#include "drivers/printer/escpos.h"

namespace ok::escpos {

namespace {

// A printer that never answers must not grow the queue without bound: beyond this many
// outstanding requests the oldest is forgotten (its reply, if it ever comes, is then misassigned
// at most once before the next garbage byte resynchronises; owners should time out far earlier).
constexpr int kMaxPendingRequests = 16;

bool has(quint8 b, quint8 bits)
{
    return (b & bits) != 0;
}

} // namespace

StatusParser::StatusParser(QObject *parent)
    : QObject(parent)
{
}

QByteArray StatusParser::request(StatusRequest which)
{
    noteRequestSent(which);
    return command::realTimeStatus(which);
}

void StatusParser::noteRequestSent(StatusRequest which)
{
    if (m_pending.size() >= kMaxPendingRequests) {
        qCWarning(lcPrinter) << "printer left" << m_pending.size() << "status requests unanswered; dropping the oldest";
        m_pending.removeFirst();
    }
    m_pending.append(which);
}

bool StatusParser::abandonOldestRequest()
{
    if (m_pending.isEmpty())
        return false;
    m_pending.removeFirst();
    return true;
}

void StatusParser::feed(QByteArrayView bytes)
{
    for (const char c : bytes)
        handle(static_cast<quint8>(c));
}

void StatusParser::reset()
{
    m_pending.clear();
    m_frame.clear();
    m_inGarbage = false;
    if (m_paused) {
        m_paused = false;
        Q_EMIT transmitPausedChanged(false);
    }
    publish(PrinterStatus());
}

void StatusParser::handle(quint8 b)
{
    if (b == kXon || b == kXoff) {
        m_inGarbage = false;
        const bool paused = b == kXoff;
        if (paused != m_paused) {
            m_paused = paused;
            Q_EMIT transmitPausedChanged(paused);
        }
        return;
    }
    if (!has(b, kAsbFixedBit)) {
        if (m_frame.isEmpty()) { // a frame byte without a header
            discard(1);
            return;
        }
        m_inGarbage = false;
        m_frame.append(static_cast<char>(b));
        if (m_frame.size() == kAsbFrameLength)
            applyFrame();
        return;
    }
    if ((b & kAsbHeaderMask) == kAsbHeaderPattern) {
        if (!m_frame.isEmpty()) // the previous frame was cut short
            discard(0);
        m_inGarbage = false;
        m_frame.append(static_cast<char>(b));
        return;
    }
    if ((b & kStatusReplyMask) == kStatusReplyPattern && !m_pending.isEmpty()) {
        m_inGarbage = false;
        applyReply(m_pending.takeFirst(), b); // a partial frame stays: its bytes have bit4 clear
        return;
    }
    discard(1);
}

void StatusParser::discard(qsizetype bytes)
{
    const qsizetype dropped = bytes + m_frame.size();
    m_frame.clear();
    if (dropped == 0)
        return;
    m_garbageBytes += dropped;
    if (!m_inGarbage) {
        m_inGarbage = true;
        ++m_resyncs;
        qCDebug(lcPrinter) << "unexpected bytes from the printer; resynchronising";
    }
}

void StatusParser::applyReply(StatusRequest which, quint8 b)
{
    ++m_replies;
    PrinterStatus next = m_status;
    next.known = true;
    switch (which) {
    case StatusRequest::PrinterStatus:
        next.online = !has(b, kStatus1Offline);
        next.drawerSensorHigh = has(b, kStatus1DrawerHigh);
        break;
    case StatusRequest::OfflineCause:
        next.coverOpen = has(b, kStatus2CoverOpen);
        next.feedButtonPressed = has(b, kStatus2FeedButton);
        next.stoppedByPaperEnd = has(b, kStatus2StoppedByPaperEnd);
        next.errorOccurred = has(b, kStatus2Error);
        break;
    case StatusRequest::ErrorCause:
        next.mechanicalError = has(b, kStatus3MechanicalError);
        next.autocutterError = has(b, kStatus3AutocutterError);
        next.unrecoverableError = has(b, kStatus3UnrecoverableError);
        next.autoRecoverableError = has(b, kStatus3AutoRecoverableError);
        next.errorOccurred
            = next.mechanicalError || next.autocutterError || next.unrecoverableError || next.autoRecoverableError;
        break;
    case StatusRequest::PaperSensor:
        next.paperNearEnd = has(b, kStatus4PaperNearEnd);
        next.paperOut = has(b, kStatus4PaperEnd);
        if (!next.paperOut)
            next.stoppedByPaperEnd = false;
        break;
    }
    publish(next);
}

void StatusParser::applyFrame()
{
    ++m_frames;
    const auto b1 = static_cast<quint8>(m_frame.at(0));
    const auto b2 = static_cast<quint8>(m_frame.at(1));
    const auto b3 = static_cast<quint8>(m_frame.at(2));
    // Byte 4 carries nothing the kiosk uses.
    m_frame.clear();

    PrinterStatus next = m_status;
    next.known = true;
    next.drawerSensorHigh = has(b1, kAsb1DrawerHigh);
    next.online = !has(b1, kAsb1Offline);
    next.coverOpen = has(b1, kAsb1CoverOpen);
    next.feedButtonPressed = has(b1, kAsb1FeedButton);
    next.mechanicalError = has(b2, kStatus3MechanicalError);
    next.autocutterError = has(b2, kStatus3AutocutterError);
    next.unrecoverableError = has(b2, kStatus3UnrecoverableError);
    next.autoRecoverableError = has(b2, kStatus3AutoRecoverableError);
    next.errorOccurred
        = next.mechanicalError || next.autocutterError || next.unrecoverableError || next.autoRecoverableError;
    next.paperNearEnd = has(b3, kAsb3PaperNearEnd);
    next.paperOut = has(b3, kAsb3PaperEnd);
    if (!next.paperOut)
        next.stoppedByPaperEnd = false;
    publish(next);
}

void StatusParser::publish(const PrinterStatus &next)
{
    if (next == m_status)
        return;
    m_status = next;
    qCDebug(lcPrinter) << "printer status:" << static_cast<int>(m_status.condition());
    Q_EMIT statusChanged(m_status);
}

} // namespace ok::escpos
