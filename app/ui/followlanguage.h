// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/languagecontroller.h"

#include <QAbstractItemModel>

namespace ok {

/// Rows a model formats in C++ (tr()) follow the screens' language: on a switch every row is
/// announced as changed, so the views ask again and get the new language. qsTr() bindings need
/// nothing of this: QQmlEngine::retranslate() re-evaluates them.
inline void followLanguage(QAbstractItemModel *model)
{
    if (LanguageController *language = LanguageController::instance())
        QObject::connect(language, &LanguageController::changed, model, [model] {
            if (const int rows = model->rowCount(); rows > 0)
                Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, std::max(0, model->columnCount() - 1)));
        });
}

/// The same for a C++ property: `notify` is emitted on a switch.
template <class Object, class Signal>
void followLanguage(Object *object, Signal notify)
{
    if (LanguageController *language = LanguageController::instance())
        QObject::connect(language, &LanguageController::changed, object, notify);
}

} // namespace ok
