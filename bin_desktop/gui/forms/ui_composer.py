# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'composer.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTabWidget,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_ComposerForm(object):
    def setupUi(self, ComposerForm):
        if not ComposerForm.objectName():
            ComposerForm.setObjectName(u"ComposerForm")
        ComposerForm.resize(1210, 720)
        self.mainLayout = QVBoxLayout(ComposerForm)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 8, 12, 8)
        self.exerciseBanner = QLabel(ComposerForm)
        self.exerciseBanner.setObjectName(u"exerciseBanner")
        self.exerciseBanner.setText(u"")
        self.exerciseBanner.setWordWrap(True)
        self.exerciseBanner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.exerciseBanner)

        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(ComposerForm)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton)

        self.titleLabel = QLabel(ComposerForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"\u2014")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleLabel.sizePolicy().hasHeightForWidth())
        self.titleLabel.setSizePolicy(sizePolicy)

        self.headerLayout.addWidget(self.titleLabel)

        self.exerciseCheck = QCheckBox(ComposerForm)
        self.exerciseCheck.setObjectName(u"exerciseCheck")

        self.headerLayout.addWidget(self.exerciseCheck)

        self.headerLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.headerLayout)

        self.statusLabel = QLabel(ComposerForm)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.splitter = QSplitter(ComposerForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.targetsPane = QWidget(self.splitter)
        self.targetsPane.setObjectName(u"targetsPane")
        self.targetsLayout = QVBoxLayout(self.targetsPane)
        self.targetsLayout.setSpacing(4)
        self.targetsLayout.setObjectName(u"targetsLayout")
        self.targetsLayout.setContentsMargins(0, 0, 0, 0)
        self.targetsTitle = QLabel(self.targetsPane)
        self.targetsTitle.setObjectName(u"targetsTitle")

        self.targetsLayout.addWidget(self.targetsTitle)

        self.targetSearchEdit = QLineEdit(self.targetsPane)
        self.targetSearchEdit.setObjectName(u"targetSearchEdit")
        self.targetSearchEdit.setClearButtonEnabled(True)

        self.targetsLayout.addWidget(self.targetSearchEdit)

        self.targetsView = QListView(self.targetsPane)
        self.targetsView.setObjectName(u"targetsView")

        self.targetsLayout.addWidget(self.targetsView)

        self.targetsCountLabel = QLabel(self.targetsPane)
        self.targetsCountLabel.setObjectName(u"targetsCountLabel")
        self.targetsCountLabel.setText(u"")
        self.targetsCountLabel.setWordWrap(True)

        self.targetsLayout.addWidget(self.targetsCountLabel)

        self.streetTitle = QLabel(self.targetsPane)
        self.streetTitle.setObjectName(u"streetTitle")

        self.targetsLayout.addWidget(self.streetTitle)

        self.streetLayout = QHBoxLayout()
        self.streetLayout.setSpacing(4)
        self.streetLayout.setObjectName(u"streetLayout")
        self.streetEdit = QLineEdit(self.targetsPane)
        self.streetEdit.setObjectName(u"streetEdit")

        self.streetLayout.addWidget(self.streetEdit)

        self.addStreetButton = QPushButton(self.targetsPane)
        self.addStreetButton.setObjectName(u"addStreetButton")

        self.streetLayout.addWidget(self.addStreetButton)


        self.targetsLayout.addLayout(self.streetLayout)

        self.streetResultLabel = QLabel(self.targetsPane)
        self.streetResultLabel.setObjectName(u"streetResultLabel")
        self.streetResultLabel.setText(u"")
        self.streetResultLabel.setWordWrap(True)

        self.targetsLayout.addWidget(self.streetResultLabel)

        self.splitter.addWidget(self.targetsPane)
        self.textPane = QWidget(self.splitter)
        self.textPane.setObjectName(u"textPane")
        self.textLayout = QVBoxLayout(self.textPane)
        self.textLayout.setSpacing(6)
        self.textLayout.setObjectName(u"textLayout")
        self.textLayout.setContentsMargins(0, 0, 0, 0)
        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(8)
        self.formLayout.setVerticalSpacing(6)
        self.categoryLabel = QLabel(self.textPane)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.addWidget(self.categoryLabel, 0, 0, 1, 1)

        self.categoryCombo = QComboBox(self.textPane)
        self.categoryCombo.setObjectName(u"categoryCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.categoryCombo.sizePolicy().hasHeightForWidth())
        self.categoryCombo.setSizePolicy(sizePolicy1)

        self.formLayout.addWidget(self.categoryCombo, 0, 1, 1, 3)

        self.urgencyLabel = QLabel(self.textPane)
        self.urgencyLabel.setObjectName(u"urgencyLabel")

        self.formLayout.addWidget(self.urgencyLabel, 1, 0, 1, 1)

        self.urgencyLayout = QHBoxLayout()
        self.urgencyLayout.setSpacing(8)
        self.urgencyLayout.setObjectName(u"urgencyLayout")
        self.urgentRadio = QRadioButton(self.textPane)
        self.urgentRadio.setObjectName(u"urgentRadio")

        self.urgencyLayout.addWidget(self.urgentRadio)

        self.normalRadio = QRadioButton(self.textPane)
        self.normalRadio.setObjectName(u"normalRadio")
        self.normalRadio.setChecked(True)

        self.urgencyLayout.addWidget(self.normalRadio)

        self.urgencySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.urgencyLayout.addItem(self.urgencySpacer)


        self.formLayout.addLayout(self.urgencyLayout, 1, 1, 1, 3)

        self.channelsLabel = QLabel(self.textPane)
        self.channelsLabel.setObjectName(u"channelsLabel")

        self.formLayout.addWidget(self.channelsLabel, 2, 0, 1, 1)

        self.channelsLayout = QHBoxLayout()
        self.channelsLayout.setSpacing(8)
        self.channelsLayout.setObjectName(u"channelsLayout")
        self.smsCheck = QCheckBox(self.textPane)
        self.smsCheck.setObjectName(u"smsCheck")

        self.channelsLayout.addWidget(self.smsCheck)

        self.voiceCheck = QCheckBox(self.textPane)
        self.voiceCheck.setObjectName(u"voiceCheck")

        self.channelsLayout.addWidget(self.voiceCheck)

        self.emailCheck = QCheckBox(self.textPane)
        self.emailCheck.setObjectName(u"emailCheck")

        self.channelsLayout.addWidget(self.emailCheck)

        self.channelsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.channelsLayout.addItem(self.channelsSpacer)


        self.formLayout.addLayout(self.channelsLayout, 2, 1, 1, 3)

        self.headlineLabel = QLabel(self.textPane)
        self.headlineLabel.setObjectName(u"headlineLabel")

        self.formLayout.addWidget(self.headlineLabel, 3, 0, 1, 1)

        self.headlineEdit = QLineEdit(self.textPane)
        self.headlineEdit.setObjectName(u"headlineEdit")
        self.headlineEdit.setMaxLength(200)

        self.formLayout.addWidget(self.headlineEdit, 3, 1, 1, 3)

        self.templateLabel = QLabel(self.textPane)
        self.templateLabel.setObjectName(u"templateLabel")

        self.formLayout.addWidget(self.templateLabel, 4, 0, 1, 1)

        self.templateLayout = QHBoxLayout()
        self.templateLayout.setSpacing(4)
        self.templateLayout.setObjectName(u"templateLayout")
        self.templateCombo = QComboBox(self.textPane)
        self.templateCombo.setObjectName(u"templateCombo")
        sizePolicy1.setHeightForWidth(self.templateCombo.sizePolicy().hasHeightForWidth())
        self.templateCombo.setSizePolicy(sizePolicy1)

        self.templateLayout.addWidget(self.templateCombo)

        self.templateButton = QPushButton(self.textPane)
        self.templateButton.setObjectName(u"templateButton")

        self.templateLayout.addWidget(self.templateButton)


        self.formLayout.addLayout(self.templateLayout, 4, 1, 1, 3)

        self.formLayout.setColumnStretch(1, 1)
        self.formLayout.setColumnStretch(3, 1)

        self.textLayout.addLayout(self.formLayout)

        self.languageTabs = QTabWidget(self.textPane)
        self.languageTabs.setObjectName(u"languageTabs")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.languageTabs.sizePolicy().hasHeightForWidth())
        self.languageTabs.setSizePolicy(sizePolicy2)

        self.textLayout.addWidget(self.languageTabs)

        self.countersLabel = QLabel(self.textPane)
        self.countersLabel.setObjectName(u"countersLabel")
        self.countersLabel.setText(u"")
        self.countersLabel.setWordWrap(True)
        self.countersLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.textLayout.addWidget(self.countersLabel)

        self.audienceLabel = QLabel(self.textPane)
        self.audienceLabel.setObjectName(u"audienceLabel")
        self.audienceLabel.setText(u"")
        self.audienceLabel.setWordWrap(True)
        self.audienceLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.textLayout.addWidget(self.audienceLabel)

        self.splitter.addWidget(self.textPane)
        self.findingsPane = QWidget(self.splitter)
        self.findingsPane.setObjectName(u"findingsPane")
        self.findingsLayout = QVBoxLayout(self.findingsPane)
        self.findingsLayout.setSpacing(4)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.findingsLayout.setContentsMargins(0, 0, 0, 0)
        self.verdictLabel = QLabel(self.findingsPane)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setText(u"")
        self.verdictLabel.setWordWrap(True)

        self.findingsLayout.addWidget(self.verdictLabel)

        self.findingsHeader = QHBoxLayout()
        self.findingsHeader.setSpacing(4)
        self.findingsHeader.setObjectName(u"findingsHeader")
        self.findingsTitle = QLabel(self.findingsPane)
        self.findingsTitle.setObjectName(u"findingsTitle")

        self.findingsHeader.addWidget(self.findingsTitle)

        self.findingsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.findingsHeader.addItem(self.findingsSpacer)

        self.explainButton = QToolButton(self.findingsPane)
        self.explainButton.setObjectName(u"explainButton")
        self.explainButton.setCheckable(True)

        self.findingsHeader.addWidget(self.explainButton)


        self.findingsLayout.addLayout(self.findingsHeader)

        self.findingsStack = QStackedWidget(self.findingsPane)
        self.findingsStack.setObjectName(u"findingsStack")
        self.findingsView = QTableView()
        self.findingsView.setObjectName(u"findingsView")
        self.findingsStack.addWidget(self.findingsView)
        self.rulesView = QTableView()
        self.rulesView.setObjectName(u"rulesView")
        self.findingsStack.addWidget(self.rulesView)

        self.findingsLayout.addWidget(self.findingsStack)

        self.fixLayout = QHBoxLayout()
        self.fixLayout.setSpacing(4)
        self.fixLayout.setObjectName(u"fixLayout")
        self.fixLabel = QLabel(self.findingsPane)
        self.fixLabel.setObjectName(u"fixLabel")
        self.fixLabel.setText(u"")
        self.fixLabel.setWordWrap(True)
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy3.setHorizontalStretch(0)
        sizePolicy3.setVerticalStretch(0)
        sizePolicy3.setHeightForWidth(self.fixLabel.sizePolicy().hasHeightForWidth())
        self.fixLabel.setSizePolicy(sizePolicy3)

        self.fixLayout.addWidget(self.fixLabel)

        self.applyButton = QPushButton(self.findingsPane)
        self.applyButton.setObjectName(u"applyButton")

        self.fixLayout.addWidget(self.applyButton)


        self.findingsLayout.addLayout(self.fixLayout)

        self.applyAllButton = QPushButton(self.findingsPane)
        self.applyAllButton.setObjectName(u"applyAllButton")

        self.findingsLayout.addWidget(self.applyAllButton)

        self.splitter.addWidget(self.findingsPane)

        self.mainLayout.addWidget(self.splitter)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setSpacing(6)
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.noteLabel = QLabel(ComposerForm)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setText(u"")
        self.noteLabel.setWordWrap(True)
        sizePolicy3.setHeightForWidth(self.noteLabel.sizePolicy().hasHeightForWidth())
        self.noteLabel.setSizePolicy(sizePolicy3)

        self.buttonsLayout.addWidget(self.noteLabel)

        self.overrideButton = QPushButton(ComposerForm)
        self.overrideButton.setObjectName(u"overrideButton")

        self.buttonsLayout.addWidget(self.overrideButton)

        self.saveButton = QPushButton(ComposerForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.approveButton = QPushButton(ComposerForm)
        self.approveButton.setObjectName(u"approveButton")

        self.buttonsLayout.addWidget(self.approveButton)

        self.updateButton = QPushButton(ComposerForm)
        self.updateButton.setObjectName(u"updateButton")

        self.buttonsLayout.addWidget(self.updateButton)

        self.cancelMessageButton = QPushButton(ComposerForm)
        self.cancelMessageButton.setObjectName(u"cancelMessageButton")

        self.buttonsLayout.addWidget(self.cancelMessageButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.headlineLabel.setBuddy(self.headlineEdit)
        self.templateLabel.setBuddy(self.templateCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ComposerForm)

        QMetaObject.connectSlotsByName(ComposerForm)
    # setupUi

    def retranslateUi(self, ComposerForm):
#if QT_CONFIG(accessibility)
        ComposerForm.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Message composer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.exerciseBanner.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Exercise banner", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("ComposerForm", u"\u2190 Back", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Back to the messages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("ComposerForm", u"Back to the list of messages (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Title of the message", None))
#endif // QT_CONFIG(accessibility)
        self.exerciseCheck.setText(QCoreApplication.translate("ComposerForm", u"E&xercise: not a real message", None))
#if QT_CONFIG(accessibility)
        self.exerciseCheck.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Exercise", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.exerciseCheck.setToolTip(QCoreApplication.translate("ComposerForm", u"An exercise is marked as such everywhere and goes out with the CAP status Exercise", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Status of the message", None))
#endif // QT_CONFIG(accessibility)
        self.targetsTitle.setText(QCoreApplication.translate("ComposerForm", u"Target networks", None))
#if QT_CONFIG(accessibility)
        self.targetsTitle.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Target networks", None))
#endif // QT_CONFIG(accessibility)
        self.targetSearchEdit.setPlaceholderText(QCoreApplication.translate("ComposerForm", u"Search a network or municipality", None))
#if QT_CONFIG(accessibility)
        self.targetSearchEdit.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Search the target networks", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.targetsView.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Networks that may receive messages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.targetsView.setToolTip(QCoreApplication.translate("ComposerForm", u"Tick the networks the message is for. Only networks that are official or active are listed.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.targetsCountLabel.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Chosen networks", None))
#endif // QT_CONFIG(accessibility)
        self.streetTitle.setText(QCoreApplication.translate("ComposerForm", u"Street or postcode", None))
#if QT_CONFIG(accessibility)
        self.streetTitle.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Street or postcode", None))
#endif // QT_CONFIG(accessibility)
        self.streetEdit.setPlaceholderText(QCoreApplication.translate("ComposerForm", u"e.g. Parklaan or 1500", None))
#if QT_CONFIG(accessibility)
        self.streetEdit.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Street or postcode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.streetEdit.setToolTip(QCoreApplication.translate("ComposerForm", u"Type a street or a postcode: the networks whose territory covers it are listed below, and Add ticks them.", None))
#endif // QT_CONFIG(tooltip)
        self.addStreetButton.setText(QCoreApplication.translate("ComposerForm", u"Add", None))
#if QT_CONFIG(accessibility)
        self.addStreetButton.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Add the networks covering this street", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addStreetButton.setToolTip(QCoreApplication.translate("ComposerForm", u"Tick the networks whose territory covers this street or postcode", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.streetResultLabel.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Networks covering the street", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("ComposerForm", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Category", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.categoryCombo.setToolTip(QCoreApplication.translate("ComposerForm", u"The kind of information. Categories that a target network's charter did not agree to are marked.", None))
#endif // QT_CONFIG(tooltip)
        self.urgencyLabel.setText(QCoreApplication.translate("ComposerForm", u"Urgency:", None))
        self.urgentRadio.setText(QCoreApplication.translate("ComposerForm", u"&Urgent", None))
#if QT_CONFIG(accessibility)
        self.urgentRadio.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Urgent", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.urgentRadio.setToolTip(QCoreApplication.translate("ComposerForm", u"A threat now: by SMS and/or voice call", None))
#endif // QT_CONFIG(tooltip)
        self.normalRadio.setText(QCoreApplication.translate("ComposerForm", u"&Normal", None))
#if QT_CONFIG(accessibility)
        self.normalRadio.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Normal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.normalRadio.setToolTip(QCoreApplication.translate("ComposerForm", u"Information that can wait: by e-mail", None))
#endif // QT_CONFIG(tooltip)
        self.channelsLabel.setText(QCoreApplication.translate("ComposerForm", u"Channels:", None))
        self.smsCheck.setText(QCoreApplication.translate("ComposerForm", u"SMS", None))
#if QT_CONFIG(accessibility)
        self.smsCheck.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Send by SMS", None))
#endif // QT_CONFIG(accessibility)
        self.voiceCheck.setText(QCoreApplication.translate("ComposerForm", u"Voice", None))
#if QT_CONFIG(accessibility)
        self.voiceCheck.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Send as a voice call", None))
#endif // QT_CONFIG(accessibility)
        self.emailCheck.setText(QCoreApplication.translate("ComposerForm", u"E-mail", None))
#if QT_CONFIG(accessibility)
        self.emailCheck.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Send by e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.headlineLabel.setText(QCoreApplication.translate("ComposerForm", u"&Headline:", None))
#if QT_CONFIG(accessibility)
        self.headlineEdit.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Headline", None))
#endif // QT_CONFIG(accessibility)
        self.headlineEdit.setPlaceholderText(QCoreApplication.translate("ComposerForm", u"What and where, in a few words (lists, CAP headline)", None))
        self.templateLabel.setText(QCoreApplication.translate("ComposerForm", u"&Template:", None))
#if QT_CONFIG(accessibility)
        self.templateCombo.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Template", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.templateCombo.setToolTip(QCoreApplication.translate("ComposerForm", u"A ready text with preventive advice, in the language of the open tab", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("ComposerForm", u"Fill in", None))
#if QT_CONFIG(accessibility)
        self.templateButton.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Fill in the template", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("ComposerForm", u"Put the template's text in the open language tab (the category follows)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.languageTabs.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Text per language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countersLabel.setAccessibleName(QCoreApplication.translate("ComposerForm", u"SMS and voice counters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.audienceLabel.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Audience per channel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.verdictLabel.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Verdict of the checks", None))
#endif // QT_CONFIG(accessibility)
        self.findingsTitle.setText(QCoreApplication.translate("ComposerForm", u"Findings", None))
#if QT_CONFIG(accessibility)
        self.findingsTitle.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Findings", None))
#endif // QT_CONFIG(accessibility)
        self.explainButton.setText(QCoreApplication.translate("ComposerForm", u"&Explain", None))
#if QT_CONFIG(accessibility)
        self.explainButton.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Explain: every rule that ran", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.explainButton.setToolTip(QCoreApplication.translate("ComposerForm", u"List every rule of the check: what it looks at, what it found, and the rules the zone switched off", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.findingsView.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Findings of the checks", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.findingsView.setToolTip(QCoreApplication.translate("ComposerForm", u"Click a finding to select its words in the text", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.rulesView.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Every rule of the check", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fixLabel.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Suggested fix", None))
#endif // QT_CONFIG(accessibility)
        self.applyButton.setText(QCoreApplication.translate("ComposerForm", u"&Apply", None))
#if QT_CONFIG(accessibility)
        self.applyButton.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Apply the suggested replacement", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.applyButton.setToolTip(QCoreApplication.translate("ComposerForm", u"Replace only the selected finding's character with its GSM equivalent", None))
#endif // QT_CONFIG(tooltip)
        self.applyAllButton.setText(QCoreApplication.translate("ComposerForm", u"Apply every GSM replacement", None))
#if QT_CONFIG(accessibility)
        self.applyAllButton.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Apply every GSM replacement", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.applyAllButton.setToolTip(QCoreApplication.translate("ComposerForm", u"Replace every character that forces UCS-2 in this text by its GSM equivalent", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.noteLabel.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Why the buttons are disabled", None))
#endif // QT_CONFIG(accessibility)
        self.overrideButton.setText(QCoreApplication.translate("ComposerForm", u"Save for the korpschef\u2026", None))
#if QT_CONFIG(accessibility)
        self.overrideButton.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Save for the korpschef's override", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.overrideButton.setToolTip(QCoreApplication.translate("ComposerForm", u"Save despite blocking findings: only the korpschef can approve it, with a reason that is kept", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ComposerForm", u"&Save for approval", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Save for approval", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ComposerForm", u"Save the draft; another operator approves it (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.approveButton.setText(QCoreApplication.translate("ComposerForm", u"A&pprove\u2026", None))
#if QT_CONFIG(accessibility)
        self.approveButton.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Approve the message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.approveButton.setToolTip(QCoreApplication.translate("ComposerForm", u"Check the audience and approve: the message becomes ready to dispatch", None))
#endif // QT_CONFIG(tooltip)
        self.updateButton.setText(QCoreApplication.translate("ComposerForm", u"&Update\u2026", None))
#if QT_CONFIG(accessibility)
        self.updateButton.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Write an update of this message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.updateButton.setToolTip(QCoreApplication.translate("ComposerForm", u"A new message to the same networks that corrects or completes this one", None))
#endif // QT_CONFIG(tooltip)
        self.cancelMessageButton.setText(QCoreApplication.translate("ComposerForm", u"Cancel message\u2026", None))
#if QT_CONFIG(accessibility)
        self.cancelMessageButton.setAccessibleName(QCoreApplication.translate("ComposerForm", u"Cancel this message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.cancelMessageButton.setToolTip(QCoreApplication.translate("ComposerForm", u"A cancellation to the same networks, referring to this message", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

