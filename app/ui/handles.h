// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Services as QML sees them: typed, anonymous handles that QML only passes on to the
// controllers and models it creates (`TicketController { till: Terminal.till }`). QML never calls
// a service; the controllers do.

#include "services/approvalgate.h"
#include "services/catalogservice.h"
#include "services/deadletters.h"
#include "services/devicemanager.h"
#include "services/devicetests.h"
#include "services/till.h"

#include <QQmlEngine>

namespace ok {

struct TillForeign {
    Q_GADGET
    QML_FOREIGN(ok::Till)
    QML_ANONYMOUS
};

struct ApprovalGateForeign {
    Q_GADGET
    QML_FOREIGN(ok::ApprovalGate)
    QML_ANONYMOUS
};

struct CatalogServiceForeign {
    Q_GADGET
    QML_FOREIGN(ok::CatalogService)
    QML_ANONYMOUS
};

struct DeviceTestsForeign {
    Q_GADGET
    QML_FOREIGN(ok::DeviceTests)
    QML_ANONYMOUS
};

struct DeadLettersForeign {
    Q_GADGET
    QML_FOREIGN(ok::DeadLetters)
    QML_ANONYMOUS
};

struct DeviceManagerForeign {
    Q_GADGET
    QML_FOREIGN(ok::DeviceManager)
    QML_ANONYMOUS
};

} // namespace ok
