// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

#include <functional>

namespace ok::sim {

/// The printer simulator's model of a thermal printer: an independent ESC/POS interpreter (it
/// shares no code with the driver's encoder on purpose, so it can catch the encoder's mistakes).
///
/// Feed it bytes as they arrive, in any chunking; it keeps an incomplete command until the rest
/// comes. It renders what was printed as UTF-8 text lines and, on request, as a PNG of the paper
/// roll; answers DLE EOT status requests and sends Automatic Status Back frames when enabled.
class EscPosInterpreter
{
public:
    /// Code-table numbering of ESC t (docs/devices.md#d3-code-tables-belong-to-the-printer-profile).
    enum class Numbering { Epson, Clone };

    struct Line {
        QString text;
        int align = 0;   ///< 0 left, 1 centre, 2 right
        bool bold = false;
        int width = 1;   ///< character size multipliers
        int height = 1;
    };
    struct Element {
        enum Kind { Text, Barcode, Qr, Raster, Cut } kind = Text;
        Line line;          ///< Text
        QString data;       ///< Barcode/Qr payload
        int symbology = 0;  ///< Barcode: GS k m
        QImage image;       ///< Raster (1 bit, black = 1)
    };
    struct Status {
        bool paperOut = false;
        bool paperNearEnd = false;
        bool coverOpen = false;
        bool offline = false;
        bool drawerOpen = false;
        bool cutterError = false;
        bool ready() const { return !paperOut && !coverOpen && !offline && !cutterError; }
    };

    explicit EscPosInterpreter(int columns = 48, Numbering numbering = Numbering::Epson);

    /// Bytes from the host. Replies (status, ASB) are handed to `reply`.
    void feed(const QByteArray &bytes);
    void setReplyHandler(std::function<void(const QByteArray &)> reply) { m_reply = std::move(reply); }
    /// Something the cashier would see happen: "CUT", "KICK pin=2 on=100 off=100", "LOST n bytes".
    void setEventHandler(std::function<void(const QString &)> event) { m_event = std::move(event); }

    Status &status() { return m_status; }
    /// Paper runs out after this many more printed characters (-1: never). For "paper out
    /// mid-receipt".
    void setPaperLeft(qint64 characters) { m_paperLeft = characters; }
    /// Apply a status change (control interface); sends an ASB frame when enabled.
    void statusChanged();

    const QList<Element> &paper() const { return m_paper; }
    /// Everything printed so far as UTF-8 text (barcodes as [EAN13 …], QR as [QR …], cuts as a line of ✂).
    QString text() const;
    /// The text of the receipts completed by a cut, oldest first.
    QStringList receipts() const;
    /// The paper roll as an image (576 dots wide for 80 mm); QR codes are drawn as real modules.
    QImage render() const;

    int cuts() const { return m_cuts; }
    int unknownCommands() const { return m_unknown; }
    qint64 discardedBytes() const { return m_discarded; }

    QByteArray statusByte(int n) const;
    QByteArray asbFrame() const;

private:
    /// Parse one command at the start of m_in; returns bytes consumed, 0 if incomplete.
    qsizetype step();
    void printable(char c);
    void newline();
    QString decode(const QByteArray &bytes) const;

    int m_columns;
    Numbering m_numbering;
    QByteArray m_in;
    QByteArray m_lineBytes; ///< current line, undecoded runs joined after decoding
    QString m_lineText;
    Line m_style;
    int m_codeTable = 0;
    int m_printMode = 0;
    int m_sizeW = 1, m_sizeH = 1;
    bool m_bold = false;
    bool m_asb = false;
    QByteArray m_qrData;
    QList<Element> m_paper;
    Status m_status;
    int m_cuts = 0;
    int m_unknown = 0;
    qint64 m_discarded = 0;
    qint64 m_paperLeft = -1;
    std::function<void(const QByteArray &)> m_reply;
    std::function<void(const QString &)> m_event;
};

} // namespace ok::sim
