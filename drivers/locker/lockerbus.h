// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/locker/framecodec.h"
#include "drivers/locker/lockerbusconfig.h"
#include "drivers/ports/lockercontroller.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace ok::locker {

/// One board's sensors with the configured polarity applied.
struct BoardState {
    quint64 requestId = 0;
    int board = -1;
    ok::dev::DeviceError error; ///< Code::None when the board answered; Timeout when it did not
    QList<bool> doorOpen; ///< index channel - 1
    QList<bool> itemPresent; ///< index channel - 1; empty when the board has no item sensors
    bool ok() const { return error.code == ok::dev::DeviceError::Code::None; }
};

/// Several lock boards of one family on ONE RS-485 line (one transport): the
/// ports::LockerController role for the compartments of its CompartmentMap.
///
/// RS-485 is half-duplex and the boards only ever answer: the bus keeps a request queue and has
/// exactly one request on the wire at a time, waits `replyTimeout` for its answer and keeps
/// `quietTime` of silence on the line before the next frame. Unlocks jump the queue ahead of
/// polling.
///
/// An unlock is never repeated on its own (docs/devices.md#d14-never-a-blind-second-unlock; a
/// repeated pulse can release a door the customer just shut on someone else's parcel). After an
/// unlock the driver only ever *reads*: it watches the door for up to `verifyWindow` and reports
/// Opened or DidNotOpen; if the board did not answer the unlock, it asks the board for the door
/// state first and reports Opened, DidNotOpen, or, when the board stays silent, Unknown ("check
/// the locker"). Whether to try again is the caller's decision, with the person in front of the
/// locker.
///
/// Polling (every `pollInterval` while enabled) reads every board and reports door and item
/// changes (doorChanged by board and channel, and compartmentChanged when the lock is mapped), a
/// door open longer than `leftOpenAfter` (doorLeftOpen, once per opening) and a door that opens
/// with no unlock issued (doorForcedOpen). A board that stops answering is reported once per
/// connection (errorOccurred, Timeout) and named in checkHealth().
///
/// Threading: lives in one thread (normally the GUI thread); nothing blocks.
class LockerBus : public ports::LockerController
{
    Q_OBJECT
public:
    /// `config` must be valid (LockerBusConfig::fromOptions() or validate()).
    LockerBus(
        QString name, std::unique_ptr<ok::dev::Transport> transport, LockerBusConfig config, QObject *parent = nullptr);
    ~LockerBus() override;

    const LockerBusConfig &config() const { return m_config; }

    // ports::LockerController
    /// Every compartment of the map, in map order. The map names no rows or columns, so they are
    /// derived from the ids (CompartmentMap::position()).
    QList<ports::LockerCompartment> compartments() const override;
    /// openDoor() for the compartment's lock (id case-insensitive); "locker.unknown-compartment"
    /// when the map has no such id.
    Result<quint64> openCompartment(const QString &compartment, const QString &reason) override;
    /// isDoorOpen() of the compartment's lock; nullopt for an unknown id too.
    std::optional<bool> isCompartmentOpen(const QString &compartment) const override;
    std::optional<bool> isItemPresent(const QString &compartment) const override;

    /// Release one lock; the outcome arrives as unlockFinished() with the returned id.
    /// Contract (docs/reliability.md#r6-doors-open-only-on-local-proof): the caller has verified
    /// local proof for this door and journals who and why; `reason` is logged and copied into the
    /// result, so it must never contain a pickup code or customer data ("pickup order 4711",
    /// "staff 12: door test").
    /// Errors (no frame sent): unknown board or channel, bus not enabled or not connected, an
    /// unlock of the same door still in progress ("locker.busy").
    Result<quint64> openDoor(int board, int channel, const QString &reason);
    /// Read one board now; the answer arrives as boardStatusReady() with the returned id.
    Result<quint64> queryBoard(int board);

    /// Last known state from polling or a query; nullopt until the board answered once.
    std::optional<bool> isDoorOpen(int board, int channel) const;
    std::optional<bool> isItemPresent(int board, int channel) const;
    /// Boards that did not answer their last request.
    QList<int> silentBoards() const;
    DecoderStats frameStatistics() const { return m_codec->stats(); }
    /// "A07" or "board 0 lock 7".
    QString doorLabel(int board, int channel) const;

    QString checkHealth() const override;

Q_SIGNALS:
    // unlockFinished(ports::UnlockResult) and compartmentChanged() come from ports::LockerController.
    void boardStatusReady(const ok::locker::BoardState &state);
    /// A door changed (also once per door with its first known state).
    void doorChanged(int board, int channel, bool open);
    void itemChanged(int board, int channel, bool present);
    /// Open longer than leftOpenAfter: once per opening.
    void doorLeftOpen(int board, int channel, qint64 openMs);
    /// Went from closed to open with no unlock issued.
    void doorForcedOpen(int board, int channel);

protected:
    void onConnected() override;
    void onDisconnected() override;
    void onReceived(const QByteArray &bytes) override;

private:
    enum class TxStatus { Replied, TimedOut, Aborted, NotSent };
    struct Transaction {
        Request request;
        int board = 0;
        int channel = 0;
        bool urgent = false; ///< unlocks and their read-backs: ahead of polling
        std::function<void(TxStatus, const BoardReply &)> done;
    };
    struct DoorTrack {
        std::optional<bool> open;
        std::optional<bool> item;
        int unlocksPending = 0;
        QElapsedTimer unlockedAt; ///< when the last unlock finished: a short grace for slow doors
        QElapsedTimer openSince;
        bool openedByUnlock = false;
        bool leftOpenReported = false;
    };
    struct UnlockJob {
        ports::UnlockResult result;
        QElapsedTimer verifying;
        bool unanswered = false; ///< the board sent no reply to the unlock (some firmware never does)
    };
    using Job = std::shared_ptr<UnlockJob>;

    // The request queue
    void enqueue(Transaction tx, bool urgent);
    void scheduleDispatch();
    void dispatch();
    void finish(TxStatus status, const BoardReply &reply = {});
    void abortAll();
    bool matches(const Transaction &tx, const BoardReply &reply) const;

    // Reading boards
    void readBoard(int board, std::function<void(const BoardState &)> done);
    void noteBoardAnswered(int board, bool answered);
    void poll();
    /// Apply a reply's sensor bits (polarity included) to the door tracking.
    void observe(const BoardReply &reply);
    void observeDoor(int board, int channel, bool open);
    void observeItem(int board, int channel, bool present);
    bool doorOpenIn(const BoardReply &reply, int board, int channel) const;

    // Unlocking
    void afterUnlockReply(const Job &job, TxStatus status, const BoardReply &reply);
    void verifyDoor(const Job &job);
    void checkAfterSilence(const Job &job);
    void finishUnlock(const Job &job, ports::UnlockResult::Outcome outcome, const QString &message);

    DoorTrack &track(int board, int channel) { return m_doors[key(board, channel)]; }
    static quint32 key(int board, int channel) { return quint32(board) << 8 | quint32(channel); }

    LockerBusConfig m_config;
    std::unique_ptr<FrameCodec> m_codec;
    std::deque<Transaction> m_queue;
    std::optional<Transaction> m_inFlight;
    QTimer m_replyTimer;
    QTimer m_quietTimer;
    QTimer m_pollTimer;
    QElapsedTimer m_lineIdle; ///< since the last byte on the line or the end of a request
    QHash<quint32, DoorTrack> m_doors;
    QSet<int> m_silentBoards;
    quint64 m_nextId = 0;
    int m_unlocksActive = 0;
    int m_pollsOutstanding = 0;
    qint64 m_timeouts = 0;
    qint64 m_strayReplies = 0;
};

} // namespace ok::locker

Q_DECLARE_METATYPE(ok::locker::BoardState)
