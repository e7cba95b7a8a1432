#include "choice_item_delegate.h"

#include "scenario_ref.h"

#include <QComboBox>

namespace hectare::ui {

QWidget *ChoiceItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const QStringList labels = index.data(kChoiceLabelsRole).toStringList();
    if (labels.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    const QVariantList values = index.data(kChoiceValuesRole).toList();
    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    for (int i = 0; i < labels.size() && i < values.size(); ++i)
        combo->addItem(labels[i], values[i]);
    auto *self = const_cast<ChoiceItemDelegate *>(this);   // createEditor is const, the signals are not
    connect(combo, &QComboBox::activated, self, [self, combo] {
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ChoiceItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace hectare::ui
