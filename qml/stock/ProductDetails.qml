// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnikiosk

// The selected product: price with any promotion, codes, tax, its variants, and stock at every
// location with its age; staff with ActOnStock hold it, order it from elsewhere or count it here.
Rectangle {
    id: details

    required property ProductLookupModel model
    required property int row

    readonly property bool hasProduct: row >= 0 && row < model.count
    // New results under the same row (a variant chosen, typing on) or rows reformatted (a language
    // switch) change what a row holds without changing `row`: every field reads this too.
    property int revision: 0
    Connections {
        target: details.model
        function onModelReset() { details.revision++ }
        function onDataChanged() { details.revision++ }
    }
    function field(role: int): var {
        if (details.revision < 0 || !details.hasProduct)
            return undefined
        return details.model.data(details.model.index(details.row, 0), role)
    }

    /// Another product to show (a variant was chosen): its SKU, searched as an exact code.
    signal showCode(string code)

    readonly property int productId: hasProduct ? Number(field(ProductLookupModel.ProductIdRole)) : 0
    readonly property string productName: hasProduct ? String(field(ProductLookupModel.NameRole)) : ""
    readonly property bool canAct: Staff.signedIn && Staff.allows(Permission.ActOnStock)
    // The variant grid fits the card whatever the number of sizes.
    readonly property real cellWidth: Math.min(60, (details.width - 2 * Theme.gap - 110) / Math.max(1, variants.sizes.length))

    // This store's row and the other locations with stock, from the levels shown.
    function levelOf(locationId: string): var {
        for (let i = 0; i < levels.count; ++i) {
            const ix = levels.index(i, 0)
            if (String(levels.data(ix, StockLevelsModel.LocationIdRole)) === locationId)
                return { available: Number(levels.data(ix, StockLevelsModel.AvailableRole)),
                         onHand: Number(levels.data(ix, StockLevelsModel.OnHandRole)),
                         version: Number(levels.data(ix, StockLevelsModel.VersionRole)) }
        }
        return { available: 0, onHand: 0, version: 0 }
    }
    function sources(): var {
        const out = []
        for (let i = 0; i < levels.count; ++i) {
            const ix = levels.index(i, 0)
            const available = Number(levels.data(ix, StockLevelsModel.AvailableRole))
            if (levels.data(ix, StockLevelsModel.IsThisStoreRole) || available <= 0
                    || String(levels.data(ix, StockLevelsModel.KindRole)) === "online")
                continue
            const name = String(levels.data(ix, StockLevelsModel.LocationRole))
            out.push({ id: String(levels.data(ix, StockLevelsModel.LocationIdRole)), available: available,
                       label: qsTr("%1: %2 available").arg(name).arg(available) })
        }
        return out
    }
    function act(what: string) {
        const here = details.levelOf(Terminal.storeId)
        actionDialog.productId = details.productId
        actionDialog.productName = details.productName
        actionDialog.availableHere = here.available
        actionDialog.onHandHere = here.onHand
        actionDialog.versionHere = here.version
        actionDialog.sources = details.sources()
        actionDialog.start(what)
    }

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.line

    VariantsModel {
        id: variants
        catalog: Terminal.catalog
        model: details.hasProduct ? String(details.field(ProductLookupModel.ModelRole)) : ""
    }

    StockActionDialog {
        id: actionDialog
        onDone: { details.reloadStock(); reloadLater.restart() }
    }

    StockLevelsModel {
        id: levels
        catalog: Terminal.catalog
        sync: Terminal.sync
        productId: details.hasProduct ? Number(details.field(ProductLookupModel.ProductIdRole)) : 0
        unit: details.hasProduct ? String(details.field(ProductLookupModel.UnitRole)) : "piece"
        pendingHolds: details.pendingHolds
    }
    // Holds not yet acknowledged by the central service count as reserved here at once.
    property int pendingHolds: 0
    function reloadStock() {
        details.pendingHolds = StockDesk.unsentHolds(details.productId)
        levels.reload()
    }
    onProductIdChanged: details.pendingHolds = StockDesk.unsentHolds(details.productId)
    Timer {
        // The hold or count is pushed within a moment: then the live levels carry it.
        id: reloadLater
        interval: 2500
        onTriggered: details.reloadStock()
    }

    Label {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.gap
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
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
            objectName: "detailPromotion"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.WordWrap
            text: details.hasProduct ? String(details.field(ProductLookupModel.PromotionTextRole)) : ""
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.warn
        }
        Label {
            objectName: "detailVariant"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text.length > 0
            text: {
                if (!details.hasProduct)
                    return ""
                const brand = String(details.field(ProductLookupModel.BrandRole))
                const variant = String(details.field(ProductLookupModel.VariantTextRole))
                return [brand, variant].filter(s => s.length > 0).join(" · ")
            }
            font.pixelSize: Theme.fontSmall
            color: Theme.ink
        }
        // Sizes across, colours down; each cell is what this store has available of that variant.
        GridLayout {
            objectName: "variantGrid"
            visible: variants.count > 1
            columns: variants.sizes.length + 1
            rowSpacing: 2
            columnSpacing: 2
            Label {
                textFormat: Text.PlainText
                text: qsTr("Here")
                font.pixelSize: Theme.fontSmall - 4
                color: Theme.muted
            }
            Repeater {
                model: variants.sizes
                delegate: Label {
                    required property string modelData
                    textFormat: Text.PlainText
                    Layout.preferredWidth: details.cellWidth
                    horizontalAlignment: Text.AlignHCenter
                    text: modelData
                    font.pixelSize: Theme.fontSmall - 2
                    font.bold: true
                }
            }
            Repeater {
                model: variants.colours.length * (variants.sizes.length + 1)
                delegate: Item {
                    id: cell
                    required property int index
                    readonly property int colourIndex: Math.floor(index / (variants.sizes.length + 1))
                    readonly property int sizeIndex: index % (variants.sizes.length + 1) - 1
                    readonly property string colour: variants.colours[colourIndex] ?? ""
                    readonly property int row: sizeIndex < 0 ? -1 : variants.cell(variants.sizes[sizeIndex], colour)
                    readonly property bool current: row >= 0 && Number(variants.at(row, VariantsModel.ProductIdRole)) === details.productId
                    Layout.preferredWidth: sizeIndex < 0 ? colourLabel.implicitWidth : details.cellWidth
                    Layout.preferredHeight: 34
                    Label {
                        id: colourLabel
                        anchors.verticalCenter: parent.verticalCenter
                        visible: cell.sizeIndex < 0
                        textFormat: Text.PlainText
                        text: cell.colour
                        font.pixelSize: Theme.fontSmall - 2
                    }
                    Button {
                        objectName: "variantCell"
                        anchors.fill: parent
                        visible: cell.row >= 0
                        highlighted: cell.current
                        flat: !cell.current
                        text: cell.row >= 0 ? String(variants.at(cell.row, VariantsModel.AvailableTextRole)) : ""
                        font.pixelSize: Theme.fontSmall - 2
                        onClicked: details.showCode(String(variants.at(cell.row, VariantsModel.SkuRole)))
                    }
                }
            }
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
                required property string city
                required property string availableText
                required property string onHandText
                required property string reservedText
                required property string inTransitText
                required property string ageText
                required property bool isThisStore
                required property bool live
                width: ListView.view.width
                height: 44
                spacing: Theme.gap / 2
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
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
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        visible: level.city.length > 0
                        text: level.city
                        font.pixelSize: Theme.fontSmall - 4
                        elide: Text.ElideRight
                        color: Theme.muted
                    }
                }
                Label {
                    objectName: "availableText"
                    textFormat: Text.PlainText
                    text: level.availableText
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.ink
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.preferredWidth: 180
                    text: qsTr("on hand %1 · reserved %2 · in transit %3").arg(level.onHandText).arg(level.reservedText).arg(level.inTransitText)
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall - 4
                    color: Theme.muted
                }
                Label {
                    objectName: "liveMark"
                    textFormat: Text.PlainText
                    Layout.preferredWidth: 70
                    horizontalAlignment: Text.AlignRight
                    wrapMode: Text.WordWrap
                    text: level.ageText
                    font.pixelSize: Theme.fontSmall - 4
                    font.bold: level.live
                    color: level.live ? Theme.ok : Theme.warn
                }
            }
        }
        Label {
            objectName: "webSellable"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: text.length > 0
            text: levels.webSellableText
            font.pixelSize: Theme.fontSmall
            color: Theme.ink
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
        RowLayout {
            objectName: "stockActions"
            Layout.fillWidth: true
            visible: details.canAct
            spacing: Theme.gap / 2
            Button {
                objectName: "holdButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                text: qsTr("Hold…")
                font.pixelSize: Theme.fontBody
                onClicked: details.act("hold")
            }
            Button {
                objectName: "orderButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                text: qsTr("Order…")
                font.pixelSize: Theme.fontBody
                onClicked: details.act("order")
            }
            Button {
                objectName: "countButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                text: qsTr("Count…")
                font.pixelSize: Theme.fontBody
                onClicked: details.act("count")
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: !details.canAct
            wrapMode: Text.WordWrap
            text: qsTr("Staff with the permission sign in (Store desk) to hold, order or count.")
            font.pixelSize: Theme.fontSmall - 2
            color: Theme.muted
        }
        Label {
            objectName: "stockDeskMessage"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: details.canAct && StockDesk.message.length > 0
            wrapMode: Text.WordWrap
            text: StockDesk.message
            font.pixelSize: Theme.fontSmall - 2
            color: StockDesk.problem ? Theme.danger : Theme.ok
        }
    }
}
