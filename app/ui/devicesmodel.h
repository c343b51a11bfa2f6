// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/handles.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace ok {


/// The configured devices and their health, for the staff device screen and the status bar, with
/// the staff device tests: test print, drawer, door (per row) and the scanner test (the last scan
/// of any scanner device while `scanTest` is on).
class DevicesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ok::DeviceManager *manager READ manager WRITE setManager NOTIFY managerChanged)
    /// The staff tests (they check who is signed in): Terminal.deviceTests.
    Q_PROPERTY(ok::DeviceTests *tests READ tests WRITE setTests NOTIFY testsChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int onlineCount READ onlineCount NOTIFY onlineCountChanged)
    Q_PROPERTY(int scannerCount READ scannerCount NOTIFY countChanged)
    /// Keep the scans of scanner devices for the screen while true (the device page sets it).
    Q_PROPERTY(bool scanTest READ scanTest WRITE setScanTest NOTIFY scanTestChanged)
    Q_PROPERTY(bool hasLastScan READ hasLastScan NOTIFY lastScanChanged)
    Q_PROPERTY(bool lastScanOk READ lastScanOk NOTIFY lastScanChanged)
    Q_PROPERTY(QString lastScanDevice READ lastScanDevice NOTIFY lastScanChanged)
    Q_PROPERTY(QString lastScanTime READ lastScanTime NOTIFY lastScanChanged)
    Q_PROPERTY(QString lastScanData READ lastScanData NOTIFY lastScanChanged)
    /// What the scan means, or why it was rejected.
    Q_PROPERTY(QString lastScanText READ lastScanText NOTIFY lastScanChanged)
    /// Why the last staff test was refused (not allowed, no such device); empty when it started.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        DeviceRoleRole,  ///< the configured role, as configured ("printer" ...), for people
        KindRole,        ///< DeviceKind, for QML to decide on
        DriverRole,
        PortRole,
        HealthRole,
        OnlineRole,
        LastTestRole,
        CompartmentsRole,
    };
    Q_ENUM(Role)
    /// What a device is, as QML compares it (DevicesModel.Printer ...), never as a string.
    enum DeviceKind { Printer, Scanner, Payment, Locker, Other };
    Q_ENUM(DeviceKind)

    explicit DevicesModel(QObject *parent = nullptr);
    ~DevicesModel() override;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    DeviceManager *manager() const { return m_manager; }
    void setManager(DeviceManager *manager);
    DeviceTests *tests() const { return m_tests; }
    QString message() const { return m_message; }
    void setTests(DeviceTests *tests);
    int onlineCount() const;
    int scannerCount() const;

    bool scanTest() const { return m_scanTest; }
    void setScanTest(bool on);
    bool hasLastScan() const;
    bool lastScanOk() const;
    QString lastScanDevice() const;
    QString lastScanTime() const;
    QString lastScanData() const;
    QString lastScanText() const;

    /// Staff tests; return an empty string when started, else the reason (shown to the engineer).
    /// The outcome follows in the row's lastTest.
    Q_INVOKABLE QString testPrint(int row);
    Q_INVOKABLE QString openDrawer(int row);
    Q_INVOKABLE QString testDoor(int row, const QString &compartment);

Q_SIGNALS:
    void managerChanged();
    void testsChanged();
    void messageChanged();
    void countChanged();
    void onlineCountChanged();
    void scanTestChanged();
    void lastScanChanged();

private:
    QPointer<DeviceManager> m_manager; ///< C++ owns it; it may go first at shutdown
    QPointer<DeviceTests> m_tests;
    QString m_message;
    QString said(const QString &message);
    void applyScanTest();
    static QString refusal(const Error &e);
    bool m_scanTest = false;
};

} // namespace ok
