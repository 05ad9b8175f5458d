export const runTypeDefs = /* GraphQL */ `
  enum RunStatus {
    QUEUED
    RUNNING
    SUCCEEDED
    FAILED
    CANCELLED
  }

  enum DatasetSplit {
    TRAIN
    VALIDATION
    TEST
  }

  enum WarningSeverity {
    error
    warning
    info
  }

  "One training run: its configuration, progress and every figure it stored."
  type TrainingRun @auth(requires: REVIEWER) {
    id: ID!
    projectId: ID!
    status: RunStatus!
    "Resolved configuration the run used (preset, epochs, batch size, learning rate, seed...)."
    config: JSON!
    preset: String!
    seed: Int!
    "The TensorFlow.js backend it ran on, and how (threads, notes)."
    backend: String
    phase: String!
    progress: Float!
    message: String
    error: String
    attempt: Int!
    cancelRequested: Boolean!
    createdAt: DateTime!
    startedAt: DateTime
    finishedAt: DateTime
    heartbeatAt: DateTime
    startedBy: User
    snapshot: DatasetSnapshot
    epochs: [EpochMetric!]!
    evaluations: [EvaluationReport!]!
    warnings: [RunWarning!]!
    modelVersion: ModelVersion
    project: Project!
    "Mean and spread of the held-out folds; null for a run without cross-validation."
    crossValidation: CrossValidationSummary
    "Seconds left, from the progress so far; null until there is enough to go on, or once it ended."
    etaSeconds: Float
    """
    Whether the run's judged split (final test, else validation) is not shown better than chance:
    predictions collapsed to one class, accuracy's Wilson 95% lower bound not above the
    majority-class rate, or (two classes) the ROC AUC 95% interval including 0.5. False before any evaluation.
    """
    notBetterThanChance: Boolean!
    """
    The shortcut audit of the run's snapshot: of the uploads first, then of the normalised copies
    when it trained on them (that one decides dataset/shortcut). Empty before the snapshot is audited.
    """
    shortcutAudits: [ShortcutAudit!]!
  }

  "A worker process that takes training and scoring jobs, as its last heartbeat described it."
  type WorkerStatus @auth(requires: REVIEWER) {
    id: ID!
    hostname: String!
    "The TensorFlow.js backend its trainer uses: tensorflow-gpu, tensorflow, wasm or cpu."
    backend: String!
    threads: Int
    "Memory of its machine, in bytes."
    memoryBytes: Float!
    "Presets it can train."
    presets: [String!]!
    notes: String
    "Whether it is training a run now, of any project."
    busy: Boolean!
    "The run it is training now: null when idle, and when that run belongs to a project the viewer does not work in."
    currentRunId: ID
    startedAt: DateTime!
    heartbeatAt: DateTime!
  }

  "Whether the live workers can train a preset, and about how long an epoch of the project takes."
  type PresetAvailability @auth(requires: REVIEWER) {
    preset: String!
    available: Boolean!
    "Live workers that can train it."
    workers: Int!
    "Seconds per epoch for this project's approved paintings, from recent runs' throughput; null without history."
    estimatedEpochSeconds: Float
    "Why it cannot be trained now; null when it can."
    reason: String
  }

  type CrossValidationSummary @auth(requires: REVIEWER) {
    folds: Int!
    accuracyMean: Float!
    "Sample standard deviation (n - 1) across folds; null with a single fold."
    accuracyStd: Float
    macroF1Mean: Float!
    macroF1Std: Float
    "Mean of the folds' majority-class rates (always answering each fold's largest class): the baseline for accuracyMean."
    majorityClassRateMean: Float
  }

  type DatasetSnapshot @auth(requires: REVIEWER) {
    id: ID!
    seed: Int!
    itemCount: Int!
    "Approved paintings per class key."
    classCounts: JSON!
    "Items per split: TRAIN, VALIDATION, TEST."
    splitCounts: JSON!
    contentHash: String!
    "Side of the square normalised copies its runs train on; null when they train on the usual copies."
    normalisedSide: Int
    createdAt: DateTime!
  }

  """
  One shortcut audit (issue 13): how the classes' files differ, and how well file features alone
  predict the class. Kept flat (class on each row) so a run's report stays within the query depth limit.
  """
  type ShortcutAudit @auth(requires: REVIEWER) {
    "originals (the uploads) or normalised (the copies the run trained on)."
    basis: String!
    "Side of the square normalised copies; null for originals."
    normalisedSide: Int
    sampleCount: Int!
    "Paintings left out because their original could not be read."
    unreadable: Int!
    classKeys: [String!]!
    "The class scored as positive in the AUCs."
    positiveClassKey: String
    "Classifier ROC AUC at or above which dataset/shortcut is raised (0.75)."
    threshold: Float!
    "Cross-validated logistic regression on file features only; null when the data cannot support one (see note)."
    classifier: ShortcutClassifier
    warns: Boolean!
    "Features that give the class away, strongest first."
    flaggedFeatures: [String!]!
    "Each feature alone: max(AUC, 1 - AUC), strongest first."
    features: [FeatureSeparation!]!
    "Normalised copies only: their compressed size, a proxy for detail normalising cannot restore."
    residual: [FeatureSeparation!]
    "Paintings per class."
    classCounts: [ShortcutClassCount!]!
    "Numeric features per class."
    numeric: [FeatureSummary!]!
    "Categorical features' values counted per class."
    categories: [FeatureCategoryCount!]!
    note: String
  }

  type ShortcutClassifier @auth(requires: REVIEWER) {
    auc: Float!
    "Hanley-McNeil 95% interval."
    lower: Float!
    upper: Float!
    folds: Int!
  }

  type FeatureSeparation @auth(requires: REVIEWER) {
    feature: String!
    auc: Float!
    flagged: Boolean!
  }

  type ShortcutClassCount @auth(requires: REVIEWER) {
    classKey: String!
    count: Int!
  }

  type FeatureSummary @auth(requires: REVIEWER) {
    classKey: String!
    feature: String!
    "Paintings with a value (jpegQuality: JPEG files only)."
    count: Int!
    min: Float!
    median: Float!
    max: Float!
    mean: Float!
  }

  type FeatureCategoryCount @auth(requires: REVIEWER) {
    classKey: String!
    feature: String!
    value: String!
    count: Int!
  }

  "What one epoch did; samplesSeen must equal expectedSamples."
  type EpochMetric @auth(requires: REVIEWER) {
    "Null for the final model, 0..k-1 for a cross-validation fold."
    fold: Int
    epoch: Int!
    trainLoss: Float!
    trainAccuracy: Float!
    valLoss: Float
    valAccuracy: Float
    wallSeconds: Float!
    samplesSeen: Int!
    expectedSamples: Int!
    imagesPerSecond: Float!
    learningRate: Float!
  }

  type ClassMetrics @auth(requires: REVIEWER) {
    classKey: String!
    precision: Float!
    recall: Float!
    f1: Float!
    support: Int!
  }

  type CalibrationBin @auth(requires: REVIEWER) {
    lower: Float!
    upper: Float!
    count: Int!
    confidence: Float
    accuracy: Float
  }

  type Interval @auth(requires: REVIEWER) {
    lower: Float!
    upper: Float!
  }

  type EvaluationReport @auth(requires: REVIEWER) {
    split: DatasetSplit!
    "Null for the final model, 0..k-1 for a cross-validation fold."
    fold: Int
    sampleCount: Int!
    classKeys: [String!]!
    "Rows are actual classes, columns predicted, in classKeys order."
    confusionMatrix: [[Int!]!]!
    perClass: [ClassMetrics!]!
    accuracy: Float!
    "Wilson 95% interval on accuracy."
    accuracyInterval: Interval
    "Share of the split's most frequent actual class: the accuracy of always answering it (0 for an empty split)."
    majorityClassRate: Float!
    "That class's key (ties to the first in classKeys); empty for an empty split."
    majorityClassKey: String!
    "The class every prediction fell into, when the model answered one class for all items; else null."
    collapsedToClassKey: String
    "Whether this split fails the chance rule (see TrainingRun.notBetterThanChance)."
    notBetterThanChance: Boolean!
    macroF1: Float!
    rocAuc: Float
    "Hanley-McNeil 95% interval on ROC AUC, second class as positive; null with more than two classes or without an AUC."
    rocAucInterval: Interval
    ece: Float
    calibration: [CalibrationBin!]!
  }

  type RunWarning @auth(requires: REVIEWER) {
    code: String!
    severity: WarningSeverity!
    message: String!
    epoch: Int
  }

  type ModelVersion @auth(requires: REVIEWER) {
    id: ID!
    version: Int!
    runId: ID!
    classKeys: [String!]!
    inputSize: Int!
    preset: String!
    createdAt: DateTime!
  }

  enum UncertaintyStrategyName {
    LEAST_CONFIDENCE
    MARGIN
    ENTROPY
  }

  "One scoring pass of a model over the project, and what it sent to people."
  type ActiveLearningRound @auth(requires: REVIEWER) {
    id: ID!
    modelVersion: ModelVersion!
    strategy: UncertaintyStrategyName!
    threshold: Float!
    budget: Int
    status: RunStatus!
    progress: Float!
    scored: Int!
    enqueued: Int!
    removed: Int!
    "Review decisions people made between the previous round and this one."
    resolvedSincePrevious: Int!
    "Accuracy on the project's fixed test set (the first snapshot's test split, which every later run keeps as its test split), with labels as approved now."
    testAccuracy: Float
    "n, interval and majority-class baseline of testAccuracy; null without it."
    testFigures: RoundTestFigures
    createdAt: DateTime!
    finishedAt: DateTime
  }

  """
  The fixed test set behind a round's accuracy, read as approved now (the round stores only the
  accuracy): equal to the round's own figures while none of its labels changed.
  """
  type RoundTestFigures @auth(requires: REVIEWER) {
    sampleCount: Int!
    "Wilson 95% interval on testAccuracy."
    accuracyInterval: Interval
    majorityClassRate: Float!
    majorityClassKey: String!
  }

  type TrainingPreset @auth(requires: REVIEWER) {
    name: String!
    description: String!
    inputSize: Int!
    "What a run of this preset uses for each option left empty."
    defaults: TrainingDefaults!
  }

  "What a run uses for each option left empty."
  type TrainingDefaults @auth(requires: REVIEWER) {
    preset: String!
    epochs: Int!
    batchSize: Int!
    learningRate: Float!
    patience: Int!
    seed: Int!
    kFolds: Int
    augment: Boolean!
    "Training stops after the epoch that would pass this many minutes; 0 means no time budget."
    maxTrainingMinutes: Float!
  }

  "Bounds the server enforces on one numeric option (min is exclusive for learningRate)."
  type TrainingOptionLimit @auth(requires: REVIEWER) {
    field: String!
    min: Float
    max: Float
    integer: Boolean!
  }

  type TrainingOptions @auth(requires: REVIEWER) {
    presets: [TrainingPreset!]!
    defaults: TrainingDefaults!
    limits: [TrainingOptionLimit!]!
  }

  "One painting behind a confusion-matrix cell, with what the run's model said about it."
  type ConfusionCellPainting @auth(requires: REVIEWER) {
    painting: Painting!
    "The label the run's snapshot holds for it."
    actualKey: String!
    predictedKey: String!
    "The model's probability for predictedKey."
    confidence: Float!
    "Its approved label now; null when it is no longer approved."
    currentLabelKey: String
    "Whether it already has an open review entry."
    inReview: Boolean!
  }

  type ConfusionCellPaintings @auth(requires: REVIEWER) {
    "The model whose predictions place paintings in the cell; null when the run has none."
    modelVersion: ModelVersion
    "Paintings in the cell (the list holds at most first of them, most confident first)."
    total: Int!
    "Paintings of the row (actual class and split) the model has not scored yet."
    unscored: Int!
    paintings: [ConfusionCellPainting!]!
    "Why the list is empty or incomplete; null when it is complete."
    explanation: String
  }

  type SendToReviewResult @auth(requires: MANAGER) {
    queued: Int!
    "Sent because the model contradicts the approved label."
    modelDisagrees: Int!
    "Sent as spot checks (the model agrees, or has no prediction)."
    spotChecks: Int!
  }

  input StartTrainingRunInput {
    projectId: ID!
    "tiny (64x64, CPU demo), small (128x128) or full (VGG19 at 224, needs a GPU)."
    preset: String
    epochs: Int
    batchSize: Int
    learningRate: Float
    patience: Int
    seed: Int
    kFolds: Int
    augment: Boolean
    pretrainedModel: String
    freeze: String
    backend: String
    "Minutes of training after which no new epoch starts; 0 for no budget; empty for the preset's."
    maxTrainingMinutes: Float
    "Batch normalisation after every convolution (VGG19-BN); empty for the preset's choice."
    batchNorm: Boolean
  }

  extend type Query {
    trainingRuns(projectId: ID!): [TrainingRun!]! @auth(requires: REVIEWER)
    trainingRun(id: ID!): TrainingRun @auth(requires: REVIEWER)
    activeLearningRounds(projectId: ID!): [ActiveLearningRound!]! @auth(requires: REVIEWER)
    "Presets, defaults and bounds for the start-a-run form."
    trainingOptions: TrainingOptions! @auth(requires: REVIEWER)
    "Workers whose heartbeat is recent; empty when none is running."
    liveWorkers: [WorkerStatus!]! @auth(requires: REVIEWER)
    presetAvailability(projectId: ID!): [PresetAvailability!]! @auth(requires: REVIEWER)
    """
    The run's snapshot items of a split labeled actualKey that the run's model predicted as
    predictedKey (from its stored predictions), most confident first; at most 500.
    """
    confusionCellPaintings(runId: ID!, split: DatasetSplit!, actualKey: String!, predictedKey: String!, first: Int = 100): ConfusionCellPaintings! @auth(requires: REVIEWER)
  }

  extend type Mutation {
    startTrainingRun(input: StartTrainingRunInput!): TrainingRun! @auth(requires: MANAGER)
    cancelTrainingRun(id: ID!): TrainingRun! @auth(requires: MANAGER)
    "Scores the project's paintings again with its newest model."
    scorePaintings(projectId: ID!): ModelVersion! @auth(requires: MANAGER)
    """
    Sends paintings of the project to reviewers: MODEL_DISAGREES where the model (modelVersionId,
    else the project's newest) contradicts the approved label, SPOT_CHECK otherwise. At most 500.
    """
    sendPaintingsToReview(projectId: ID!, paintingIds: [ID!]!, modelVersionId: ID): SendToReviewResult! @auth(requires: MANAGER)
  }
`;
