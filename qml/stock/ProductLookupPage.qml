// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// Price and stock check: search by name, SKU or barcode as you type, or scan.
Page {
    id: page

    signal back()

    /// Look a scanned or typed barcode up and select the product.
    function lookup(code: string) {
        results.lookupBarcode(code)
    }

    background: Rectangle { color: Theme.background }

    ProductLookupModel {
        id: results
        catalog: Terminal.catalog
        query: searchField.text
        onProductFound: (productId) => list.currentIndex = 0
    }

    Connections {
        target: Scanner
        function onScanned(code: string) { page.lookup(code) }
        function onScanFailed(message: string) { scanProblem.text = message }
    }

    ColumnLayout {
        anchors { fill: parent; margins: Theme.gap }
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap

            PageHeader {
                onBack: page.back()
            }
            TextField {
                id: searchField
                objectName: "searchField"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Type a name, SKU or barcode — or scan")
                inputMethodHints: Qt.ImhNoPredictiveText
                maximumLength: 100
                focus: true
                // Enter on a typed code is a barcode lookup (check digit verified).
                onAccepted: {
                    if (results.isCode(text))
                        page.lookup(text.trim())
                }
            }
            BusyIndicator {
                running: results.busy
                implicitHeight: Theme.touch
                implicitWidth: Theme.touch
            }
        }

        Label {
            id: scanProblem
            objectName: "scanProblem"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.WordWrap
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            Timer {
                running: scanProblem.text.length > 0
                interval: 6000
                onTriggered: scanProblem.text = ""
            }
        }

        Label {
            objectName: "lookupMessage"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: results.message.length > 0
            text: results.message
            wrapMode: Text.WordWrap
            color: Theme.danger
            font.pixelSize: Theme.fontBody
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap

            ListView {
                id: list
                objectName: "resultList"
                // Results and details share the width equally, whatever their content.
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.fillHeight: true
                clip: true
                model: results
                currentIndex: -1
                spacing: 4
                delegate: ItemDelegate {
                    id: row
                    required property int index
                    required property string name
                    required property string sku
                    required property string priceText
                    required property string availableText
                    width: ListView.view.width
                    implicitHeight: Theme.touch + 8
                    highlighted: ListView.isCurrentItem
                    onClicked: row.ListView.view.currentIndex = row.index
                    background: Rectangle {
                        radius: Theme.radius
                        color: row.highlighted ? "#dcebfb" : Theme.surface
                        border.color: Theme.line
                    }
                    contentItem: RowLayout {
                        spacing: Theme.gap
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: row.name
                                textFormat: Text.PlainText
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontBody
                                color: Theme.ink
                            }
                            Label {
                                text: qsTr("%1 · in store: %2").arg(row.sku).arg(row.availableText)
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.fontSmall - 2
                                color: Theme.muted
                            }
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: row.priceText
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.ink
                        }
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    visible: list.count === 0 && results.message.length === 0
                    width: parent.width - 2 * Theme.gap
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: qsTr("Start typing or scan a barcode.\nSearch ignores accents: “zolc” finds “Żółć”.")
                    color: Theme.muted
                    font.pixelSize: Theme.fontBody
                }
            }

            ProductDetails {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.fillHeight: true
                model: results
                row: list.currentIndex
                // Another variant: its SKU is an exact code, so it comes first.
                onShowCode: (code) => { searchField.text = code; list.currentIndex = 0 }
            }
        }
    }
}
