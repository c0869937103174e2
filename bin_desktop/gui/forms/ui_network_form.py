# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'network_form.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_NetworkForm(object):
    def setupUi(self, NetworkForm):
        if not NetworkForm.objectName():
            NetworkForm.setObjectName(u"NetworkForm")
        NetworkForm.resize(1100, 680)
        self.mainLayout = QVBoxLayout(NetworkForm)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 12, 12, 8)
        self.headerLayout = QGridLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setHorizontalSpacing(12)
        self.headerLayout.setVerticalSpacing(2)
        self.backButton = QPushButton(NetworkForm)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton, 0, 0, 1, 1)

        self.titleLabel = QLabel(NetworkForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"\u2014")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.titleLabel, 0, 1, 1, 1)

        self.changeStateButton = QPushButton(NetworkForm)
        self.changeStateButton.setObjectName(u"changeStateButton")

        self.headerLayout.addWidget(self.changeStateButton, 0, 2, 1, 1)

        self.nextActionLabel = QLabel(NetworkForm)
        self.nextActionLabel.setObjectName(u"nextActionLabel")
        self.nextActionLabel.setText(u"")
        self.nextActionLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.nextActionLabel, 1, 1, 1, 2)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setSpacing(6)
        self.statusLayout.setObjectName(u"statusLayout")
        self.stateCaption = QLabel(NetworkForm)
        self.stateCaption.setObjectName(u"stateCaption")

        self.statusLayout.addWidget(self.stateCaption)

        self.stateValueLabel = QLabel(NetworkForm)
        self.stateValueLabel.setObjectName(u"stateValueLabel")
        self.stateValueLabel.setText(u"")

        self.statusLayout.addWidget(self.stateValueLabel)

        self.statusSpacer = QSpacerItem(18, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)

        self.signaturesCaption = QLabel(NetworkForm)
        self.signaturesCaption.setObjectName(u"signaturesCaption")

        self.statusLayout.addWidget(self.signaturesCaption)

        self.signaturesValueLabel = QLabel(NetworkForm)
        self.signaturesValueLabel.setObjectName(u"signaturesValueLabel")
        self.signaturesValueLabel.setText(u"")
        self.signaturesValueLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.signaturesValueLabel)

        self.statusLayout.setStretch(4, 1)

        self.headerLayout.addLayout(self.statusLayout, 2, 1, 1, 2)

        self.headerLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(NetworkForm)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QFormLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.generalLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.generalLayout.setHorizontalSpacing(10)
        self.generalLayout.setVerticalSpacing(8)
        self.nameLabel = QLabel(self.generalTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.generalTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.typeLabel = QLabel(self.generalTab)
        self.typeLabel.setObjectName(u"typeLabel")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.generalTab)
        self.typeCombo.setObjectName(u"typeCombo")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.sectorLabel = QLabel(self.generalTab)
        self.sectorLabel.setObjectName(u"sectorLabel")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sectorLabel)

        self.sectorEdit = QLineEdit(self.generalTab)
        self.sectorEdit.setObjectName(u"sectorEdit")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sectorEdit)

        self.municipalityLabel = QLabel(self.generalTab)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipalityCombo = QComboBox(self.generalTab)
        self.municipalityCombo.setObjectName(u"municipalityCombo")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.municipalityCombo)

        self.officerLabel = QLabel(self.generalTab)
        self.officerLabel.setObjectName(u"officerLabel")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officerCombo = QComboBox(self.generalTab)
        self.officerCombo.setObjectName(u"officerCombo")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.officerCombo)

        self.evaluationLabel = QLabel(self.generalTab)
        self.evaluationLabel.setObjectName(u"evaluationLabel")

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.evaluationLabel)

        self.evaluationLayout = QHBoxLayout()
        self.evaluationLayout.setObjectName(u"evaluationLayout")
        self.evaluationCheck = QCheckBox(self.generalTab)
        self.evaluationCheck.setObjectName(u"evaluationCheck")

        self.evaluationLayout.addWidget(self.evaluationCheck)

        self.evaluationDateEdit = QDateEdit(self.generalTab)
        self.evaluationDateEdit.setObjectName(u"evaluationDateEdit")
        self.evaluationDateEdit.setCalendarPopup(True)

        self.evaluationLayout.addWidget(self.evaluationDateEdit)

        self.evaluationSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evaluationLayout.addItem(self.evaluationSpacer)


        self.generalLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.evaluationLayout)

        self.languagesLabel = QLabel(self.generalTab)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesLayout = QHBoxLayout()
        self.languagesLayout.setSpacing(16)
        self.languagesLayout.setObjectName(u"languagesLayout")
        self.languageNlCheck = QCheckBox(self.generalTab)
        self.languageNlCheck.setObjectName(u"languageNlCheck")

        self.languagesLayout.addWidget(self.languageNlCheck)

        self.languageFrCheck = QCheckBox(self.generalTab)
        self.languageFrCheck.setObjectName(u"languageFrCheck")

        self.languagesLayout.addWidget(self.languageFrCheck)

        self.languageDeCheck = QCheckBox(self.generalTab)
        self.languageDeCheck.setObjectName(u"languageDeCheck")

        self.languagesLayout.addWidget(self.languageDeCheck)

        self.languagesSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languagesLayout.addItem(self.languagesSpacer)


        self.generalLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.languagesLayout)

        self.descriptionLabel = QLabel(self.generalTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.generalLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.generalTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.generalLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.tabs.addTab(self.generalTab, "")
        self.territoryTab = QWidget()
        self.territoryTab.setObjectName(u"territoryTab")
        self.territoryLayout = QHBoxLayout(self.territoryTab)
        self.territoryLayout.setSpacing(16)
        self.territoryLayout.setObjectName(u"territoryLayout")
        self.streetsLayout = QVBoxLayout()
        self.streetsLayout.setObjectName(u"streetsLayout")
        self.streetsLabel = QLabel(self.territoryTab)
        self.streetsLabel.setObjectName(u"streetsLabel")

        self.streetsLayout.addWidget(self.streetsLabel)

        self.streetsEdit = QPlainTextEdit(self.territoryTab)
        self.streetsEdit.setObjectName(u"streetsEdit")
        self.streetsEdit.setTabChangesFocus(True)

        self.streetsLayout.addWidget(self.streetsEdit)


        self.territoryLayout.addLayout(self.streetsLayout)

        self.postcodesLayout = QVBoxLayout()
        self.postcodesLayout.setObjectName(u"postcodesLayout")
        self.postcodesLabel = QLabel(self.territoryTab)
        self.postcodesLabel.setObjectName(u"postcodesLabel")

        self.postcodesLayout.addWidget(self.postcodesLabel)

        self.postcodesEdit = QLineEdit(self.territoryTab)
        self.postcodesEdit.setObjectName(u"postcodesEdit")

        self.postcodesLayout.addWidget(self.postcodesEdit)

        self.postcodesHint = QLabel(self.territoryTab)
        self.postcodesHint.setObjectName(u"postcodesHint")
        self.postcodesHint.setWordWrap(True)

        self.postcodesLayout.addWidget(self.postcodesHint)

        self.postcodesSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.postcodesLayout.addItem(self.postcodesSpacer)


        self.territoryLayout.addLayout(self.postcodesLayout)

        self.tabs.addTab(self.territoryTab, "")
        self.communicationTab = QWidget()
        self.communicationTab.setObjectName(u"communicationTab")
        self.communicationLayout = QVBoxLayout(self.communicationTab)
        self.communicationLayout.setSpacing(10)
        self.communicationLayout.setObjectName(u"communicationLayout")
        self.channelsGroup = QGroupBox(self.communicationTab)
        self.channelsGroup.setObjectName(u"channelsGroup")
        self.channelsLayout = QHBoxLayout(self.channelsGroup)
        self.channelsLayout.setSpacing(16)
        self.channelsLayout.setObjectName(u"channelsLayout")
        self.channelSmsCheck = QCheckBox(self.channelsGroup)
        self.channelSmsCheck.setObjectName(u"channelSmsCheck")

        self.channelsLayout.addWidget(self.channelSmsCheck)

        self.channelVoiceCheck = QCheckBox(self.channelsGroup)
        self.channelVoiceCheck.setObjectName(u"channelVoiceCheck")

        self.channelsLayout.addWidget(self.channelVoiceCheck)

        self.channelEmailCheck = QCheckBox(self.channelsGroup)
        self.channelEmailCheck.setObjectName(u"channelEmailCheck")

        self.channelsLayout.addWidget(self.channelEmailCheck)

        self.channelsSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.channelsLayout.addItem(self.channelsSpacer)


        self.communicationLayout.addWidget(self.channelsGroup)

        self.categoriesGroup = QGroupBox(self.communicationTab)
        self.categoriesGroup.setObjectName(u"categoriesGroup")
        self.categoriesGrid = QGridLayout(self.categoriesGroup)
        self.categoriesGrid.setObjectName(u"categoriesGrid")
        self.categoriesGrid.setHorizontalSpacing(24)
        self.categoriesGrid.setVerticalSpacing(6)

        self.communicationLayout.addWidget(self.categoriesGroup)

        self.neverLabel = QLabel(self.communicationTab)
        self.neverLabel.setObjectName(u"neverLabel")
        self.neverLabel.setWordWrap(True)

        self.communicationLayout.addWidget(self.neverLabel)

        self.communicationSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.communicationLayout.addItem(self.communicationSpacer)

        self.tabs.addTab(self.communicationTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsLayout = QVBoxLayout(self.contactsTab)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsView = QTableView(self.contactsTab)
        self.contactsView.setObjectName(u"contactsView")

        self.contactsLayout.addWidget(self.contactsView)

        self.contactButtonsLayout = QHBoxLayout()
        self.contactButtonsLayout.setObjectName(u"contactButtonsLayout")
        self.setCoordinatorButton = QPushButton(self.contactsTab)
        self.setCoordinatorButton.setObjectName(u"setCoordinatorButton")

        self.contactButtonsLayout.addWidget(self.setCoordinatorButton)

        self.addDeputyButton = QPushButton(self.contactsTab)
        self.addDeputyButton.setObjectName(u"addDeputyButton")

        self.contactButtonsLayout.addWidget(self.addDeputyButton)

        self.editContactButton = QPushButton(self.contactsTab)
        self.editContactButton.setObjectName(u"editContactButton")

        self.contactButtonsLayout.addWidget(self.editContactButton)

        self.removeContactButton = QPushButton(self.contactsTab)
        self.removeContactButton.setObjectName(u"removeContactButton")

        self.contactButtonsLayout.addWidget(self.removeContactButton)

        self.contactButtonsSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtonsLayout.addItem(self.contactButtonsSpacer)

        self.contactsNote = QLabel(self.contactsTab)
        self.contactsNote.setObjectName(u"contactsNote")
        self.contactsNote.setWordWrap(True)

        self.contactButtonsLayout.addWidget(self.contactsNote)


        self.contactsLayout.addLayout(self.contactButtonsLayout)

        self.tabs.addTab(self.contactsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyView = QTableView(self.historyTab)
        self.historyView.setObjectName(u"historyView")

        self.historyLayout.addWidget(self.historyView)

        self.tabs.addTab(self.historyTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.changesLabel = QLabel(NetworkForm)
        self.changesLabel.setObjectName(u"changesLabel")
        self.changesLabel.setText(u"")

        self.buttonsLayout.addWidget(self.changesLabel)

        self.buttonsSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(NetworkForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(NetworkForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.sectorLabel.setBuddy(self.sectorEdit)
        self.municipalityLabel.setBuddy(self.municipalityCombo)
        self.officerLabel.setBuddy(self.officerCombo)
        self.evaluationLabel.setBuddy(self.evaluationCheck)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.streetsLabel.setBuddy(self.streetsEdit)
        self.postcodesLabel.setBuddy(self.postcodesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.sectorEdit)
        QWidget.setTabOrder(self.sectorEdit, self.municipalityCombo)
        QWidget.setTabOrder(self.municipalityCombo, self.officerCombo)
        QWidget.setTabOrder(self.officerCombo, self.evaluationCheck)
        QWidget.setTabOrder(self.evaluationCheck, self.evaluationDateEdit)
        QWidget.setTabOrder(self.evaluationDateEdit, self.languageNlCheck)
        QWidget.setTabOrder(self.languageNlCheck, self.languageFrCheck)
        QWidget.setTabOrder(self.languageFrCheck, self.languageDeCheck)
        QWidget.setTabOrder(self.languageDeCheck, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.saveButton)

        self.retranslateUi(NetworkForm)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(NetworkForm)
    # setupUi

    def retranslateUi(self, NetworkForm):
#if QT_CONFIG(accessibility)
        NetworkForm.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Network", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("NetworkForm", u"Back to the list you came from (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Back", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("NetworkForm", u"\u2190 Back", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Network name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.changeStateButton.setToolTip(QCoreApplication.translate("NetworkForm", u"Move the network to the next step of its life cycle", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.changeStateButton.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Change state", None))
#endif // QT_CONFIG(accessibility)
        self.changeStateButton.setText(QCoreApplication.translate("NetworkForm", u"Change state\u2026", None))
#if QT_CONFIG(accessibility)
        self.nextActionLabel.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Next action", None))
#endif // QT_CONFIG(accessibility)
        self.stateCaption.setText(QCoreApplication.translate("NetworkForm", u"State:", None))
#if QT_CONFIG(accessibility)
        self.stateValueLabel.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Life-cycle state", None))
#endif // QT_CONFIG(accessibility)
        self.signaturesCaption.setText(QCoreApplication.translate("NetworkForm", u"Signatures:", None))
#if QT_CONFIG(accessibility)
        self.signaturesValueLabel.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Signatures of the current charter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Network details", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("NetworkForm", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.typeLabel.setText(QCoreApplication.translate("NetworkForm", u"&Type:", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Type", None))
#endif // QT_CONFIG(accessibility)
        self.sectorLabel.setText(QCoreApplication.translate("NetworkForm", u"&Sector:", None))
#if QT_CONFIG(accessibility)
        self.sectorEdit.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Sector", None))
#endif // QT_CONFIG(accessibility)
        self.sectorEdit.setPlaceholderText(QCoreApplication.translate("NetworkForm", u"Only for a sector BIN, e.g. pharmacies, port, jewellers", None))
        self.municipalityLabel.setText(QCoreApplication.translate("NetworkForm", u"&Municipality:", None))
#if QT_CONFIG(accessibility)
        self.municipalityCombo.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Municipality", None))
#endif // QT_CONFIG(accessibility)
        self.officerLabel.setText(QCoreApplication.translate("NetworkForm", u"Mandated &officer:", None))
#if QT_CONFIG(accessibility)
        self.officerCombo.setAccessibleName(QCoreApplication.translate("NetworkForm", u"BIN-mandated officer", None))
#endif // QT_CONFIG(accessibility)
        self.evaluationLabel.setText(QCoreApplication.translate("NetworkForm", u"&Evaluation due:", None))
#if QT_CONFIG(accessibility)
        self.evaluationCheck.setAccessibleName(QCoreApplication.translate("NetworkForm", u"An evaluation is planned", None))
#endif // QT_CONFIG(accessibility)
        self.evaluationCheck.setText(QCoreApplication.translate("NetworkForm", u"Planned on", None))
#if QT_CONFIG(accessibility)
        self.evaluationDateEdit.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Evaluation date", None))
#endif // QT_CONFIG(accessibility)
        self.languagesLabel.setText(QCoreApplication.translate("NetworkForm", u"Languages:", None))
        self.languageNlCheck.setText(QCoreApplication.translate("NetworkForm", u"Dutch", None))
        self.languageFrCheck.setText(QCoreApplication.translate("NetworkForm", u"French", None))
        self.languageDeCheck.setText(QCoreApplication.translate("NetworkForm", u"German", None))
        self.descriptionLabel.setText(QCoreApplication.translate("NetworkForm", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("NetworkForm", u"Motives and objectives of the network", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("NetworkForm", u"General", None))
        self.streetsLabel.setText(QCoreApplication.translate("NetworkForm", u"&Streets (one per line):", None))
#if QT_CONFIG(accessibility)
        self.streetsEdit.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Streets", None))
#endif // QT_CONFIG(accessibility)
        self.postcodesLabel.setText(QCoreApplication.translate("NetworkForm", u"&Postcodes:", None))
#if QT_CONFIG(accessibility)
        self.postcodesEdit.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Postcodes", None))
#endif // QT_CONFIG(accessibility)
        self.postcodesHint.setText(QCoreApplication.translate("NetworkForm", u"Separate postcodes with commas, e.g. 1500, 1501.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.territoryTab), QCoreApplication.translate("NetworkForm", u"Territory", None))
        self.channelsGroup.setTitle(QCoreApplication.translate("NetworkForm", u"Channels", None))
        self.channelSmsCheck.setText(QCoreApplication.translate("NetworkForm", u"SMS (urgent)", None))
        self.channelVoiceCheck.setText(QCoreApplication.translate("NetworkForm", u"Voice message (urgent)", None))
        self.channelEmailCheck.setText(QCoreApplication.translate("NetworkForm", u"E-mail (non-urgent and feedback)", None))
        self.categoriesGroup.setTitle(QCoreApplication.translate("NetworkForm", u"Information categories agreed in the charter", None))
        self.neverLabel.setText(QCoreApplication.translate("NetworkForm", u"Never passed on: recognisable photos of suspects, readable number plates, names, national register numbers, addresses of victims, descriptions by origin, religion or skin colour, calls to patrol or confront anyone. A BIN is not a snitch line.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.communicationTab), QCoreApplication.translate("NetworkForm", u"Communication plan", None))
#if QT_CONFIG(accessibility)
        self.contactsView.setAccessibleName(QCoreApplication.translate("NetworkForm", u"Coordinator and deputies", None))
#endif // QT_CONFIG(accessibility)
        self.setCoordinatorButton.setText(QCoreApplication.translate("NetworkForm", u"Set coordinator\u2026", None))
        self.addDeputyButton.setText(QCoreApplication.translate("NetworkForm", u"Add deputy\u2026", None))
        self.editContactButton.setText(QCoreApplication.translate("NetworkForm", u"Edit\u2026", None))
        self.removeContactButton.setText(QCoreApplication.translate("NetworkForm", u"Remove", None))
        self.contactsNote.setText(QCoreApplication.translate("NetworkForm", u"Changes to contacts are saved at once.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactsTab), QCoreApplication.translate("NetworkForm", u"Coordinator and deputies", None))
#if QT_CONFIG(accessibility)
        self.historyView.setAccessibleName(QCoreApplication.translate("NetworkForm", u"History of the network", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("NetworkForm", u"History", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("NetworkForm", u"Forget the changes that are not saved", None))
#endif // QT_CONFIG(tooltip)
        self.revertButton.setText(QCoreApplication.translate("NetworkForm", u"Undo changes", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("NetworkForm", u"Save the changes (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("NetworkForm", u"&Save", None))
    # retranslateUi

