// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// The selected product: price, codes, tax, and stock at every location.
Rectangle {
    id: details

    required property ProductLookupModel model
    required property int row

    readonly property bool hasProduct: row >= 0 && row < model.count
    function field(role: int): var {
        return hasProduct ? model.data(model.index(row, 0), role) : undefined
    }

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.line

    StockLevelsModel {
        id: levels
        catalog: Terminal.catalog
        sync: Terminal.sync
        productId: details.hasProduct ? Number(details.field(ProductLookupModel.ProductIdRole)) : 0
        unit: details.hasProduct ? String(details.field(ProductLookupModel.UnitRole)) : "piece"
    }

    Label {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        visible: !details.hasProduct
        text: qsTr("Select a product to see its stock everywhere")
        color: Theme.muted
        font.pixelSize: Theme.fontBody
    }

    ColumnLayout {
        anchors { fill: parent; margins: Theme.gap }
        visible: details.hasProduct
        spacing: Theme.gap / 2

        Label {
            objectName: "detailName"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: details.hasProduct ? String(details.field(ProductLookupModel.NameRole)) : ""
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.ink
        }
        Label {
            objectName: "detailPrice"
            textFormat: Text.PlainText
            text: details.hasProduct ? String(details.field(ProductLookupModel.PriceTextRole)) : ""
            font.pixelSize: Theme.fontHuge
            font.bold: true
            color: Theme.accent
        }
        Label {
            textFormat: Text.PlainText
            text: details.hasProduct
                  ? qsTr("Barcode %1 · %2 · VAT %3")
                        .arg(String(details.field(ProductLookupModel.BarcodeRole)))
                        .arg(String(details.field(ProductLookupModel.SkuRole)))
                        .arg(String(details.field(ProductLookupModel.TaxTextRole)))
                  : ""
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }

        Label {
            textFormat: Text.PlainText
            Layout.topMargin: Theme.gap
            text: qsTr("Stock")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.ink
        }
        ListView {
            objectName: "stockList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: levels
            delegate: RowLayout {
                id: level
                required property string location
                required property string kind
                required property string onHandText
                required property string reservedText
                required property string inTransitText
                required property bool isThisStore
                required property bool live
                width: ListView.view.width
                height: 40
                spacing: Theme.gap
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: level.isThisStore ? qsTr("%1 (this store)").arg(level.location) : level.location
                    font.bold: level.isThisStore
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                    color: Theme.ink
                }
                Label {
                    objectName: "liveMark"
                    textFormat: Text.PlainText
                    visible: level.live
                    text: qsTr("live")
                    font.pixelSize: Theme.fontSmall - 2
                    font.bold: true
                    color: Theme.ok
                }
                Label {
                    textFormat: Text.PlainText
                    text: level.onHandText
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.ink
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.preferredWidth: 220
                    text: qsTr("reserved %1 · in transit %2").arg(level.reservedText).arg(level.inTransitText)
                    font.pixelSize: Theme.fontSmall - 2
                    color: Theme.muted
                }
            }
        }
        Label {
            objectName: "stockFreshness"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: levels.freshness
            font.pixelSize: Theme.fontSmall - 2
            color: levels.live ? Theme.ok : Theme.muted
        }
    }
}
