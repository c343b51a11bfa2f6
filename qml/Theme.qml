// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// Colours and sizes of the touch UI: large targets (at least 64 px), high contrast, readable at
// arm's length.
QtObject {
    readonly property color background: "#f4f5f7"
    readonly property color surface: "#ffffff"
    readonly property color ink: "#1d2330"
    readonly property color muted: "#5b6475"
    readonly property color accent: "#0b6bcb"
    readonly property color accentInk: "#ffffff"
    readonly property color bar: "#1d2330"
    readonly property color barInk: "#f4f5f7"
    readonly property color ok: "#1f8a4c"
    readonly property color warn: "#b86e00"
    readonly property color danger: "#c62828"
    readonly property color line: "#d9dde4"
    readonly property int touch: 64
    readonly property int radius: 10
    readonly property int gap: 16
    readonly property int fontBody: 20
    readonly property int fontSmall: 16
    readonly property int fontTitle: 28
    readonly property int fontHuge: 44
}
