#include "conflictdialog.h"

#include "leadactions.h"
#include "leads/leadservice.h"
#include "storage/database.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lf {

ConflictDialog::ConflictDialog(LeadActions *actions, const Lead &base, const LeadChanges &yours,
    const QList<LeadField> &fields, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_base(base)
    , m_theirs(base)
    , m_yours(yours)
    , m_fields(fields)
{
    Q_ASSERT(actions);
    setObjectName(u"ConflictDialog"_s);
    setWindowTitle(tr("Lead Changed Meanwhile — %1").arg(base.displayName()));
    setSizeGripEnabled(true);

    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel;
    m_intro->setObjectName(u"intro"_s);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_holder = new QWidget;
    auto *holderLayout = new QVBoxLayout(m_holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(m_holder);
    layout->addWidget(scroll, 1);

    m_others = new QLabel;
    m_others->setObjectName(u"otherChanges"_s);
    m_others->setWordWrap(true);
    layout->addWidget(m_others);

    m_message = new QLabel;
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(
        QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    m_message->setPalette(palette);
    m_message->hide();
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    saveButton()->setText(tr("&Save with These Choices"));
    QPushButton *allMine = m_buttons->addButton(tr("Keep All &Mine"), QDialogButtonBox::ResetRole);
    allMine->setObjectName(u"allMine"_s);
    QPushButton *allTheirs =
        m_buttons->addButton(tr("Take All &Theirs"), QDialogButtonBox::ResetRole);
    allTheirs->setObjectName(u"allTheirs"_s);
    connect(allMine, &QPushButton::clicked, this, &ConflictDialog::chooseAllMine);
    connect(allTheirs, &QPushButton::clicked, this, &ConflictDialog::chooseAllTheirs);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConflictDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConflictDialog::reject);
    layout->addWidget(m_buttons);

    if (Status read = reloadTheirs(); !read)
        setMessage(read.error().toString());
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
}

ConflictDialog::~ConflictDialog() = default;

QPushButton *ConflictDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

std::optional<QVariant> ConflictDialog::yourValue(LeadField field) const
{
    for (const auto &[changed, value] : m_yours) {
        if (changed == field)
            return value;
    }
    return std::nullopt;
}

QString ConflictDialog::valueText(LeadField field, const QVariant &value)
{
    if (value.isNull() || value.toString().trimmed().isEmpty())
        return tr("(empty)");
    if (field == LeadField::Stage) {
        const auto stage = stageFromString(value.toString());
        return stage ? stageLabel(*stage) : value.toString();
    }
    Lead lead;
    lead.setValue(field, value);
    return lead.displayText(field);
}

Status ConflictDialog::reloadTheirs()
{
    LeadService leads(m_actions->database().connection());
    Result<Lead> latest = leads.get(m_base.id());
    if (!latest) {
        m_lastError = latest.error();
        saveButton()->setEnabled(false);
        return std::unexpected(latest.error());
    }
    m_theirs = *latest;
    rebuildRows();
    return {};
}

void ConflictDialog::rebuildRows()
{
    // Keep the picks made on the rows about to be replaced.
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        m_choices.insert(it.key(), choice(it.key()));
    m_rows.clear();
    delete m_grid;

    QList<LeadField> candidates = m_fields;
    for (const auto &change : std::as_const(m_yours)) {
        if (!candidates.contains(change.first))
            candidates.append(change.first);
    }
    QList<LeadField> rows;
    for (LeadField field : std::as_const(candidates)) {
        if (m_theirs.value(field) != m_base.value(field)
            && valueText(field, m_theirs.value(field)) != valueText(field, m_base.value(field)))
            rows.append(field);
    }
    std::sort(rows.begin(), rows.end());

    m_grid = new QWidget;
    m_grid->setObjectName(u"choices"_s);
    auto *grid = new QGridLayout(m_grid);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(8);
    auto header = [](const QString &text) {
        auto *label = new QLabel(text);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    grid->addWidget(header(tr("Field")), 0, 0);
    grid->addWidget(header(tr("Your version")), 0, 1);
    grid->addWidget(header(tr("Saved meanwhile")), 0, 2);

    QWidget *previous = nullptr;
    int row = 1;
    for (LeadField field : std::as_const(rows)) {
        const std::optional<QVariant> mine = yourValue(field);
        const QString label = fieldLabel(field);
        auto *name = new QLabel(label);
        if (mine) {
            // Both sides changed this field: the choice that matters most.
            QFont font = name->font();
            font.setBold(true);
            name->setFont(font);
            name->setToolTip(tr("You and someone else both changed %1.").arg(label));
        }
        grid->addWidget(name, row, 0);

        QString mineText = valueText(field, mine ? *mine : m_base.value(field));
        if (!mine)
            mineText = tr("%1 (as you saw it)").arg(mineText);
        auto *mineButton = new QRadioButton(mineText);
        mineButton->setObjectName(fieldKey(field) + u"_mine"_s);
        mineButton->setAccessibleName(tr("Keep mine for %1").arg(label));
        auto *theirsButton = new QRadioButton(valueText(field, m_theirs.value(field)));
        theirsButton->setObjectName(fieldKey(field) + u"_theirs"_s);
        theirsButton->setAccessibleName(tr("Take theirs for %1").arg(label));
        for (QRadioButton *button : {mineButton, theirsButton}) {
            button->setToolTip(button->text());
            button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        }
        auto *group = new QButtonGroup(m_grid);
        group->addButton(mineButton, int(Choice::Mine));
        group->addButton(theirsButton, int(Choice::Theirs));
        // What the user changed starts on theirs' side only when the user picked it before.
        const Choice start = m_choices.value(field, mine ? Choice::Mine : Choice::Theirs);
        (start == Choice::Mine ? mineButton : theirsButton)->setChecked(true);
        grid->addWidget(mineButton, row, 1);
        grid->addWidget(theirsButton, row, 2);
        if (previous)
            setTabOrder(previous, mineButton);
        setTabOrder(mineButton, theirsButton);
        previous = theirsButton;
        m_rows.insert(field, group);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(row, 1);
    m_holder->layout()->addWidget(m_grid);

    m_intro->setText(rows.isEmpty()
            ? tr("Someone else saved this lead while you were editing it, but not in the fields "
                 "you changed. Save to apply your changes on top of theirs.")
            : tr("Someone else saved this lead while you were editing it. For each field below, "
                 "pick the version to keep, then save."));

    QStringList others;
    for (const auto &change : std::as_const(m_yours)) {
        if (!rows.contains(change.first))
            others.append(fieldLabel(change.first));
    }
    m_others->setText(others.isEmpty() ? QString()
                                       : tr("Your changes to %1 are saved as well.")
                                             .arg(QLocale().createSeparatedList(others)));
    m_others->setVisible(!others.isEmpty());
    saveButton()->setEnabled(true);
    if (previous)
        setTabOrder(previous, m_buttons);
}

ConflictDialog::Choice ConflictDialog::choice(LeadField field) const
{
    const QButtonGroup *group = m_rows.value(field);
    if (!group)
        return m_choices.value(field, yourValue(field) ? Choice::Mine : Choice::Theirs);
    return group->checkedId() == int(Choice::Mine) ? Choice::Mine : Choice::Theirs;
}

void ConflictDialog::setChoice(LeadField field, Choice choice)
{
    if (QAbstractButton *button = choiceButton(field, choice))
        button->setChecked(true);
    m_choices.insert(field, choice);
}

QAbstractButton *ConflictDialog::choiceButton(LeadField field, Choice choice) const
{
    const QButtonGroup *group = m_rows.value(field);
    return group ? group->button(int(choice)) : nullptr;
}

void ConflictDialog::chooseAllMine()
{
    for (LeadField field : m_rows.keys())
        setChoice(field, Choice::Mine);
}

void ConflictDialog::chooseAllTheirs()
{
    for (LeadField field : m_rows.keys())
        setChoice(field, Choice::Theirs);
}

LeadChanges ConflictDialog::resolvedChanges() const
{
    LeadChanges changes;
    for (const auto &[field, value] : m_yours) {
        if (m_rows.contains(field) && choice(field) == Choice::Theirs)
            continue;
        changes.append({field, value});
    }
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (!yourValue(it.key()) && choice(it.key()) == Choice::Mine)
            changes.append({it.key(), m_base.value(it.key())});
    }
    return changes;
}

void ConflictDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ConflictDialog::accept()
{
    const LeadChanges changes = resolvedChanges();
    if (changes.isEmpty()) {
        m_saved = m_theirs;
        m_lastError.reset();
        emit leadSaved(m_theirs);
        QDialog::accept();
        return;
    }
    Result<Lead> saved = m_actions->editLead(m_base.id(), m_theirs.version(), changes);
    if (!saved) {
        m_lastError = saved.error();
        if (saved.error().code == ErrorCode::Conflict) {
            if (Status read = reloadTheirs(); !read) {
                setMessage(read.error().toString());
                return;
            }
            setMessage(
                tr("The lead was changed again meanwhile. Check the fields and save again."));
        } else {
            setMessage(saved.error().toString());
        }
        return;
    }
    m_lastError.reset();
    m_saved = *saved;
    emit leadSaved(*saved);
    QDialog::accept();
}

} // namespace lf
