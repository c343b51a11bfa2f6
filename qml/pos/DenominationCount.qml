// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// Count the drawer by denomination: one field per note and coin. `counts` maps the denomination
// (minor units, as text) to the typed count. `showTotal` is off for the Z report's blind count.
ColumnLayout {
    id: count

    required property CashController cash
    property var counts: ({})
    property bool showTotal: true

    function reset() { count.counts = ({}) }

    spacing: Theme.gap / 2

    GridLayout {
        Layout.fillWidth: true
        columns: 4
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap / 4
        Repeater {
            model: count.cash.denominations
            delegate: RowLayout {
                id: denom
                required property var modelData
                spacing: Theme.gap / 2
                Label {
                    textFormat: Text.PlainText
                    Layout.preferredWidth: 90
                    horizontalAlignment: Text.AlignRight
                    text: denom.modelData.text + " ×"
                    font.pixelSize: Theme.fontSmall
                }
                TextField {
                    objectName: "count_" + denom.modelData.key
                    Layout.preferredWidth: 80
                    implicitHeight: 48
                    inputMethodHints: Qt.ImhDigitsOnly
                    maximumLength: 5
                    validator: IntValidator { bottom: 0; top: 99999 }
                    font.pixelSize: Theme.fontBody
                    text: count.counts[denom.modelData.key] !== undefined ? count.counts[denom.modelData.key] : ""
                    onTextEdited: {
                        const c = Object.assign({}, count.counts)
                        c[denom.modelData.key] = text
                        count.counts = c
                    }
                }
            }
        }
    }
    Label {
        textFormat: Text.PlainText
        visible: count.showTotal
        text: qsTr("Counted: %1").arg(count.cash.countText(count.counts))
        font.pixelSize: Theme.fontTitle
        font.bold: true
    }
}
