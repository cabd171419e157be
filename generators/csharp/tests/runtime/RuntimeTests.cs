// Hand-written NUnit tests (generators/csharp/tests/runtime): the runtime converters on small
// local types, covering union shapes the Secure AI Studio spec does not use (no discriminator,
// allOf inheritance with a concrete base).
using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using SecureAiStudio.Sdk.Serialization;

namespace SecureAiStudio.Sdk.Tests
{
    [JsonConverter(typeof(PolymorphicJsonConverter))]
    [JsonSubtype(typeof(Circle))]
    [JsonSubtype(typeof(Square))]
    public abstract class Shape
    {
    }

    public class Circle : Shape
    {
        [JsonProperty("radius", Required = Required.Always)]
        public double Radius { get; set; }
    }

    public class Square : Shape
    {
        [JsonProperty("side", Required = Required.Always)]
        public double Side { get; set; }
    }

    [JsonConverter(typeof(PolymorphicJsonConverter))]
    [JsonDiscriminator("petType")]
    [JsonSubtype("Cat", typeof(Cat))]
    public class Pet
    {
        [JsonProperty("petType")]
        public string PetType { get; set; }

        [JsonProperty("name", Required = Required.Always)]
        public string Name { get; set; }
    }

    public class Cat : Pet
    {
        [JsonProperty("huntingSkill")]
        public string HuntingSkill { get; set; }
    }

    // A second union listing Circle, which already subclasses Shape (C# has one base class), the way
    // Polymorphism.cs renders a model that belongs to two unions: Drawing holds it as its Variant.
    [JsonConverter(typeof(PolymorphicJsonConverter))]
    [UnionType]
    [JsonSubtype(typeof(Circle))]
    public class Drawing : IUnionVariant, IUnionVariantHolder
    {
        private object _variant;

        [JsonExtensionData]
        public IDictionary<string, JToken> AdditionalProperties { get; set; }

        [JsonIgnore]
        public object Variant { get { return _variant ?? this; } }

        void IUnionVariantHolder.Hold(object variant, JToken json)
        {
            _variant = variant;
        }
    }

    // A oneOf of a string, an integer and an array of strings, rendered as modelUnion.mustache's value union.
    [JsonConverter(typeof(ValueUnionConverter))]
    [UnionType]
    [JsonSubtype(typeof(string))]
    [JsonSubtype(typeof(int))]
    [JsonSubtype(typeof(List<string>))]
    public class Scalar : IUnionVariant, IUnionVariantHolder, IValueUnion
    {
        private object _variant;
        private JToken _json;

        [JsonIgnore]
        public object Variant { get { return _variant; } }

        [JsonIgnore]
        public JToken Json { get { return _json; } }

        void IUnionVariantHolder.Hold(object variant, JToken json)
        {
            _variant = variant;
            _json = json;
        }
    }

    public class Labelled
    {
        [JsonProperty("value")]
        public Scalar Value { get; set; }
    }

    [TestFixture]
    public class RuntimeTests
    {
        [Test]
        public void UnionsWithoutDiscriminatorPickTheVariantTheJsonFits()
        {
            var shapes = SecureAIStudioJson.Deserialize<List<Shape>>(@"[{""side"":2},{""radius"":1.5}]");

            Assert.AreEqual(2.0, ((Square)shapes[0]).Side);
            Assert.AreEqual(1.5, ((Circle)shapes[1]).Radius);
        }

        [Test]
        public void UnionsWithoutDiscriminatorReportEveryVariantThatFailed()
        {
            var e = Assert.Throws<JsonSerializationException>(() => SecureAIStudioJson.Deserialize<Shape>(@"{""sides"":3}"));

            StringAssert.Contains("matches none of the Shape variants", e.Message);
            StringAssert.Contains("Circle:", e.Message);
            StringAssert.Contains("Square:", e.Message);
        }

        [Test]
        public void ConcreteBaseWithDiscriminatorStandsForItselfWhenNoSubtypeIsNamed()
        {
            var cat = SecureAIStudioJson.Deserialize<Pet>(@"{""petType"":""Cat"",""name"":""Tom"",""huntingSkill"":""lazy""}");
            var other = SecureAIStudioJson.Deserialize<Pet>(@"{""petType"":""Parrot"",""name"":""Polly""}");

            Assert.AreEqual("lazy", ((Cat)cat).HuntingSkill);
            Assert.AreEqual(typeof(Pet), other.GetType());
            Assert.AreEqual("Polly", other.Name);
        }

        [Test]
        public void NonObjectJsonForAUnionIsRejectedWithItsPath()
        {
            var e = Assert.Throws<JsonSerializationException>(() => SecureAIStudioJson.Deserialize<List<Shape>>(@"[42]"));

            StringAssert.Contains("Expected a JSON object for Shape at '[0]'", e.Message);
        }
        [Test]
        public void AUnionHoldsAVariantThatSubclassesAnotherUnionAndWritesItBack()
        {
            var drawing = SecureAIStudioJson.Deserialize<Drawing>(@"{""radius"":2.5}");

            Assert.AreEqual(typeof(Drawing), drawing.GetType());
            Assert.AreEqual(2.5, ((Circle)drawing.Variant).Radius);
            Assert.AreEqual(@"{""radius"":2.5}", SecureAIStudioJson.Serialize(drawing));
        }

        [Test]
        public void UnionValuesWrapAVariantForARequest()
        {
            var drawing = UnionValues.Wrap<Drawing>(new Circle { Radius = 4 });

            Assert.AreEqual(4.0, ((Circle)drawing.Variant).Radius);
            Assert.AreEqual(@"{""radius"":4.0}", SecureAIStudioJson.Serialize(drawing));
        }

        [TestCase(@"""text""", typeof(string))]
        [TestCase("42", typeof(int))]
        [TestCase(@"[""a"",""b""]", typeof(List<string>))]
        public void AValueUnionDecodesTheMemberWhoseJsonTypeFitsAndWritesTheSameJson(string json, System.Type expected)
        {
            var labelled = SecureAIStudioJson.Deserialize<Labelled>(@"{""value"":" + json + "}");

            Assert.AreEqual(expected, labelled.Value.Variant.GetType());
            Assert.AreEqual(@"{""value"":" + json + "}", SecureAIStudioJson.Serialize(labelled));
        }

        [Test]
        public void AValueUnionKeepsJsonThatFitsNoMemberWithoutAVariant()
        {
            var scalar = SecureAIStudioJson.Deserialize<Scalar>("true");

            Assert.IsNull(scalar.Variant);
            Assert.AreEqual("true", SecureAIStudioJson.Serialize(scalar));
        }

        [Test]
        public void AValueUnionIsBuiltFromAMember()
        {
            var scalar = UnionValues.Wrap<Scalar>(7);

            Assert.AreEqual(7, scalar.Variant);
            Assert.AreEqual("7", SecureAIStudioJson.Serialize(scalar));
        }
    }
}
