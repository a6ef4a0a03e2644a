// Each test class here runs the whole system (servers, five services, gateway): two at once on a 2-core machine only
// slow each other past their start-up limits, so the classes take turns.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
