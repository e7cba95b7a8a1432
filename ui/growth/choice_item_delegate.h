#pragma once

#include <QStyledItemDelegate>

namespace hectare::ui {

// Edits a cell that offers choices (kChoiceLabelsRole / kChoiceValuesRole) with a list: picking
// an entry is the edit. Other cells get the default editors, whose spin boxes accept any
// number: core says what is allowed.
class ChoiceItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace hectare::ui
