// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/devicemanager.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace ok {

/// DeviceManager is a services-layer type; QML only passes it to DevicesModel.
struct DeviceManagerForeign {
    Q_GADGET
    QML_FOREIGN(ok::DeviceManager)
    QML_ANONYMOUS
};

/// The configured devices and their health, for the staff device screen and the status bar.
class DevicesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ok::DeviceManager *manager READ manager WRITE setManager NOTIFY managerChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int onlineCount READ onlineCount NOTIFY onlineCountChanged)

public:
    enum Role { NameRole = Qt::UserRole + 1, DeviceRoleRole, DriverRole, PortRole, HealthRole, OnlineRole };
    Q_ENUM(Role)

    explicit DevicesModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    DeviceManager *manager() const { return m_manager; }
    void setManager(DeviceManager *manager);
    int onlineCount() const;

    /// Staff tests; return an empty string when started, else the reason (shown to the engineer).
    Q_INVOKABLE QString testPrint(int row);
    Q_INVOKABLE QString openDrawer(int row);

Q_SIGNALS:
    void managerChanged();
    void countChanged();
    void onlineCountChanged();

private:
    DeviceManager *m_manager = nullptr;
};

} // namespace ok
