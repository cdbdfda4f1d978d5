namespace NetCfg
{
    /// <summary>The operator of a [MatchExpression], as Kubernetes label selectors spell it.</summary>
    public enum LabelOperator
    {
        /// <summary>The label's value is one of the values.</summary>
        In = 0,

        /// <summary>The label is absent, or its value is none of the values.</summary>
        NotIn = 1,

        /// <summary>The label is present, with any value.</summary>
        Exists = 2,

        /// <summary>The label is absent.</summary>
        DoesNotExist = 3,
    }
}
