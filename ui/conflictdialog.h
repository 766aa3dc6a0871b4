#pragma once

#include "domain/lead.h"
#include "util/result.h"

#include <QDialog>
#include <QList>
#include <QMap>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace lf {

class LeadActions;

/// Resolves an edit that clashed with someone else's: for every field changed meanwhile, shows the
/// user's version beside the one saved meanwhile ("theirs") and lets the user pick one per field.
/// Saving applies the picks on top of the latest version through LeadActions::editLead (one
/// undoable step). When the lead changed yet again meanwhile, the dialog reads it again, keeps the
/// picks made so far and asks once more.
///
/// Fields the user changed that nobody else touched are saved as the user made them; fields changed
/// meanwhile that the user did not touch start on "theirs" (picking "mine" puts back the value the
/// user saw). The actions object is not owned and must outlive the dialog.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Mine, Theirs };

    /// base: the lead as the user's form read it; yours: the user's changes to base; fields: the
    /// fields the form shows (changes meanwhile to other fields are kept without asking).
    ConflictDialog(LeadActions *actions, const Lead &base, const LeadChanges &yours,
        const QList<LeadField> &fields, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    /// Reads the latest version of the lead again and rebuilds the rows (picks are kept).
    Status reloadTheirs();

    /// The lead as saved meanwhile (the version the save will expect).
    Lead theirs() const { return m_theirs; }
    /// The fields shown for a choice, in form order.
    QList<LeadField> conflictingFields() const { return m_rows.keys(); }
    Choice choice(LeadField field) const;
    void setChoice(LeadField field, Choice choice);
    /// What the save writes on top of theirs() with the current picks.
    LeadChanges resolvedChanges() const;

    /// The lead as saved, once the dialog was accepted.
    std::optional<Lead> savedLead() const { return m_saved; }
    std::optional<Error> lastError() const { return m_lastError; }
    QPushButton *saveButton() const;
    /// The radio button that picks a side of a field's row, or nullptr.
    QAbstractButton *choiceButton(LeadField field, Choice choice) const;

    /// A field's value as a person reads it ("(empty)" for none, stage labels, money in units).
    static QString valueText(LeadField field, const QVariant &value);

public slots:
    /// Saves with the picks; closes only when the save succeeded.
    void accept() override;
    void chooseAllMine();
    void chooseAllTheirs();

signals:
    void leadSaved(const lf::Lead &lead);

private:
    void rebuildRows();
    void setMessage(const QString &message);
    std::optional<QVariant> yourValue(LeadField field) const;

    LeadActions *m_actions;
    Lead m_base;
    Lead m_theirs;
    LeadChanges m_yours;
    QList<LeadField> m_fields;
    QMap<LeadField, QButtonGroup *> m_rows;
    QMap<LeadField, Choice> m_choices; ///< picks made so far, kept across reloads
    QWidget *m_holder = nullptr; ///< holds m_grid inside the scroll area
    QWidget *m_grid = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_others = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::optional<Lead> m_saved;
    std::optional<Error> m_lastError;
};

} // namespace lf
